/**
 * The {@code walkstudy} command: entry point, top-level options, and the mapping of failures to exit
 * codes (0 ok, 1 runtime failure, 2 usage) with one clear line on stderr.
 */
package org.walkstudy.cli;
