/**
 * Immutable domain records shared by every pipeline stage. No behaviour beyond validation and
 * small derivations; no dependencies beyond Jackson annotations for the JSON contract.
 */
package dev.worlddaily.model;
