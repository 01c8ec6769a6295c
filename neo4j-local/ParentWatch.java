/*
 * Starts Neo4j Community in this JVM and ends the JVM when its parent goes away.
 *
 * The Node launcher keeps this process's standard input open and never writes to it. When the parent
 * stops (normally, by Ctrl-C, or killed outright), the pipe closes, the read below sees end-of-file,
 * and System.exit runs Neo4j's shutdown hook: the store is closed cleanly and no JVM is left behind.
 * Run in Java's source-file mode (java ParentWatch.java), so nothing has to be compiled ahead.
 */
import java.io.IOException;

public final class ParentWatch {
    private static final String ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint";

    public static void main(String[] args) throws Exception {
        Thread watcher = new Thread(ParentWatch::exitWhenParentCloses, "diplograph-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        Class.forName(ENTRY_POINT).getMethod("main", String[].class).invoke(null, (Object) args);
    }

    private static void exitWhenParentCloses() {
        try {
            while (System.in.read() != -1) {
                // Input is never expected; anything read is ignored.
            }
        } catch (IOException closed) {
            // A broken pipe means the parent is gone, as does end-of-file.
        }
        System.err.println("diplograph: parent process closed the control pipe; stopping Neo4j.");
        System.exit(0);
    }
}
