/**
 * Small checks of plain text shared by extraction and enrichment (no models, no dependencies).
 */
package dev.worlddaily.model.text;
