/**
 * Enrichment output: spans and values found in an article's text, all offsets into {@link
 * dev.worlddaily.model.Article#text()}.
 */
package dev.worlddaily.model.annotation;
