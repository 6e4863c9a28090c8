import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Runs SQL statements over JDBC, for scripts on machines without a mysql client.
 * Usage: java -cp backend/target/reex-backend-0.1.0.jar infra/scripts/Sql.java JDBC_URL SQL...
 * Credentials come from REEX_DB_USER (default root) and REEX_DB_PASSWORD (default empty).
 */
public class Sql {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Sql JDBC_URL SQL...");
            System.exit(2);
        }
        Class.forName("com.mysql.cj.jdbc.Driver");
        String user = System.getenv().getOrDefault("REEX_DB_USER", "root");
        String password = System.getenv().getOrDefault("REEX_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(args[0], user, password);
             Statement statement = connection.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                statement.execute(args[i]);
            }
        }
    }
}
