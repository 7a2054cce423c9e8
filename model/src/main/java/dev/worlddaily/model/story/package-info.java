/** The story contract of JSON API v1 (see SYSTEM.md), as immutable records. */
package dev.worlddaily.model.story;
