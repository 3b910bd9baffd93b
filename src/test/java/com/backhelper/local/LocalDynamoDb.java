package com.backhelper.local;

import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import com.backhelper.lambda.SkillConfig;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * DynamoDB Local, the real engine from Maven Central, serving HTTP on 127.0.0.1 only, on a free port. The skill talks
 * to it exactly as to DynamoDB in AWS (the same client, HTTP stack and timeouts), with {@code DYNAMODB_ENDPOINT}
 * pointing here.
 *
 * <p>DynamoDB Local's own server listens on every interface and has no option to change that, so its request
 * handler is mounted on a Jetty connector bound to loopback instead. No telemetry is configured (that happens only
 * in its command-line runner). One shared database for every access key and region ({@code sharedDb}).
 */
public final class LocalDynamoDb implements AutoCloseable {

    private static LocalDynamoDb forTests;

    private final Server server;
    private final LocalDynamoDBRequestHandler engine;
    private final URI endpoint;

    private LocalDynamoDb(Path dbDirectory, int port) throws Exception {
        boolean inMemory = dbDirectory == null;
        if (!inMemory) {
            Files.createDirectories(dbDirectory);
        }
        engine = new LocalDynamoDBRequestHandler(0, inMemory, inMemory ? null : dbDirectory.toString(), true, false);
        LocalDynamoDBServerHandler handler = new LocalDynamoDBServerHandler(engine, null);
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        // The proxy server object is used only for its request routing; its own (all-interfaces) server never starts.
        server.setHandler(new DynamoDBProxyServer(0, handler).setUpHandler(handler));
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    /** An engine whose data lives in memory and is gone when it stops. */
    public static LocalDynamoDb inMemory() {
        return start(null, 0);
    }

    /** An engine whose data is kept in {@code directory} between runs. */
    public static LocalDynamoDb keepingDataIn(Path directory) {
        return start(directory, 0);
    }

    /** The same, on a given port: an engine stopped and started again comes back where it was. */
    public static LocalDynamoDb keepingDataIn(Path directory, int port) {
        return start(directory, port);
    }

    /** The system property (set by the pom) naming where local runs keep DynamoDB Local's data. */
    static final String DATA_DIR_PROPERTY = "local.data.dir";

    /** Where local runs keep their data unless told otherwise: the pom's choice, else target/local-dynamodb. */
    public static Path defaultDataDir() {
        return Path.of(System.getProperty(DATA_DIR_PROPERTY, "target/local-dynamodb"));
    }

    /** For the person at the terminal: where a local run's progress goes ({@code engine} from forLocalRun). */
    public static String whereProgressIsKept(LocalDynamoDb engine, SkillConfig config, boolean inMemory,
                                             Path dataDir) {
        return engine == null ? config.dynamoDbEndpoint().toString()
                : inMemory ? "DynamoDB Local, in memory" : "DynamoDB Local, " + dataDir;
    }

    /**
     * The engine for a local run (the terminal conversation, {@code ask run}): none when the configuration already
     * names one ({@code DYNAMODB_ENDPOINT}), else one in this process, in memory or keeping its data in
     * {@code dataDir} between runs.
     */
    public static LocalDynamoDb forLocalRun(SkillConfig config, boolean inMemory, Path dataDir) {
        if (config.dynamoDbEndpoint() != null) {
            return null;
        }
        return inMemory ? inMemory() : keepingDataIn(dataDir);
    }

    /** One in-memory engine for the whole test run, started on first use and stopped when the JVM exits. */
    public static synchronized LocalDynamoDb forTests() {
        if (forTests == null) {
            forTests = inMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(forTests::close));
        }
        return forTests;
    }

    private static LocalDynamoDb start(Path directory, int port) {
        try {
            return new LocalDynamoDb(directory, port);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception ignored) {
            // stopping anyway
        }
        engine.shutdown();
    }
}
