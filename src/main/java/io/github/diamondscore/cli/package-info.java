/**
 * The command-line tool: {@code java -jar target/diamond-score-cli.jar [command] [options]}.
 * Exit status 0 on success, 2 on bad input (one line on stderr), 1 on an internal error.
 */
package io.github.diamondscore.cli;
