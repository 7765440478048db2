/** Output formats shared by the commands: aligned text tables, CSV and JSON on stdout. */
package org.walkstudy.cli.format;
