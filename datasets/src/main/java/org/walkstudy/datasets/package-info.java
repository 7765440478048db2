/**
 * The bundled datasets: a catalogue of curated, sourced study files shipped as resources, and access
 * to them by id or family.
 */
package org.walkstudy.datasets;
