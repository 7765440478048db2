package org.walkstudy.cli;

/** Process entry point: runs the command and exits with its status. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(WalkstudyCommand.execute(args));
    }
}
