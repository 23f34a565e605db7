package dev.atrium.bootstrap;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import dev.atrium.domain.shared.OneLineText;

import java.util.Arrays;

/**
 * Prints a stack trace with every exception's message on one line. A message may quote what a
 * client sent (a driver quoting a value, a parser quoting input), and a line break in it must not
 * start a forged log line of its own. logback.xml names this converter for {@code %ex}.
 */
public final class OneLineMessagesThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return super.throwableProxyToString(new OneLineMessages(throwable));
    }

    private record OneLineMessages(IThrowableProxy original) implements IThrowableProxy {
        static IThrowableProxy of(IThrowableProxy throwable) {
            return throwable == null ? null : new OneLineMessages(throwable);
        }

        @Override
        public String getMessage() {
            return original.getMessage() == null ? null : OneLineText.escaped(original.getMessage());
        }

        @Override
        public String getOverridingMessage() {
            return original.getOverridingMessage() == null ? null : OneLineText.escaped(original.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return original.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return original.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return original.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return of(original.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            return original.getSuppressed() == null ? null
                    : Arrays.stream(original.getSuppressed()).map(OneLineMessages::of).toArray(IThrowableProxy[]::new);
        }

        @Override
        public boolean isCyclic() {
            return original.isCyclic();
        }
    }
}
