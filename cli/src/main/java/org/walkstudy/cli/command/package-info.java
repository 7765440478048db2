/** The subcommands of {@code walkstudy}, one class each. */
package org.walkstudy.cli.command;
