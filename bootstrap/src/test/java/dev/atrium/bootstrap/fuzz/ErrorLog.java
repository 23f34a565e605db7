package dev.atrium.bootstrap.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the ERROR events that carry a stack trace, from every thread, while it is attached to the
 * root logger: a request the service answers politely must not have failed inside it.
 */
final class ErrorLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final List<String> errors = new ArrayList<>();

    static ErrorLog attach() {
        ErrorLog log = new ErrorLog();
        log.setName("fuzz-error-log");
        log.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        log.start();
        root().addAppender(log);
        return log;
    }

    /** The errors logged since the last call. */
    synchronized List<String> drain() {
        List<String> drained = List.copyOf(errors);
        errors.clear();
        return drained;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR) && event.getThrowableProxy() != null) {
            errors.add(event.getLoggerName() + ": " + event.getFormattedMessage() + " (" + event.getThrowableProxy().getClassName()
                    + ": " + event.getThrowableProxy().getMessage() + ")");
        }
    }

    @Override
    public void close() {
        root().detachAppender(this);
        stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
