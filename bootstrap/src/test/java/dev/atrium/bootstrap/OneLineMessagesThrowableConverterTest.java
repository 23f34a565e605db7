package dev.atrium.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OneLineMessagesThrowableConverterTest {

    @Test
    void aLineBreakInAnExceptionMessageOrItsCauseStartsNoLogLine() {
        LoggerContext context = new LoggerContext();
        OneLineMessagesThrowableConverter converter = new OneLineMessagesThrowableConverter();
        converter.setContext(context);
        converter.start();
        Exception failure = new IllegalStateException("value 'a\n2026-12-02 ERROR forged'",
                new IllegalArgumentException("cause\r\nERROR forged too"));
        LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.ERROR, "failed", failure, null);

        String trace = converter.convert(event);

        List<String> lines = trace.lines().toList();
        assertEquals("java.lang.IllegalStateException: value 'a\\n2026-12-02 ERROR forged'", lines.get(0));
        assertTrue(lines.contains("Caused by: java.lang.IllegalArgumentException: cause\\r\\nERROR forged too"), trace);
        assertTrue(lines.stream().skip(1).allMatch(line -> line.startsWith("\t") || line.startsWith("Caused by: ")), trace);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theServiceLogConfigurationPrintsExceptionsWithIt() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        List<Status> problems = context.getStatusManager().getCopyOfStatusList().stream()
                .filter(status -> status.getLevel() >= Status.WARN).toList();
        assertEquals(List.of(), problems);
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>)
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
        Layout<ILoggingEvent> layout = ((LayoutWrappingEncoder<ILoggingEvent>) console.getEncoder()).getLayout();
        LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.ERROR, "failed",
                new IllegalStateException("a\nERROR forged"), null);

        String printed = layout.doLayout(event);

        assertTrue(printed.contains("java.lang.IllegalStateException: a\\nERROR forged"), printed);
        assertTrue(printed.lines().noneMatch(line -> line.startsWith("ERROR")), printed);
    }
}
