namespace Dossier.Generators.Tests.Logging;

/// <summary>
/// Minimal copies of the logging libraries' public shapes, under their real namespaces and names. The analyzer
/// resolves sinks by full name, so these stand in for the packages, which the tests do not reference.
/// </summary>
public static class LoggingStandIns
{
    public const string MicrosoftExtensionsLogging = """
        namespace Microsoft.Extensions.Logging
        {
            public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }
            public readonly struct EventId { public EventId(int id, string? name = null) { } }
            public interface ILogger
            {
                void Log<TState>(LogLevel logLevel, EventId eventId, TState state, System.Exception? exception, System.Func<TState, System.Exception?, string> formatter);
                bool IsEnabled(LogLevel logLevel);
                System.IDisposable? BeginScope<TState>(TState state) where TState : notnull;
            }
            public interface ILogger<out TCategoryName> : ILogger { }
            public static class LoggerExtensions
            {
                public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                public static void LogInformation(this ILogger logger, EventId eventId, string? message, params object?[] args) { }
                public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, System.Exception? exception, string? message, params object?[] args) { }
                public static void LogCritical(this ILogger logger, string? message, params object?[] args) { }
                public static void Log(this ILogger logger, LogLevel logLevel, string? message, params object?[] args) { }
                public static System.IDisposable? BeginScope(this ILogger logger, string messageFormat, params object?[] args) => null;
            }
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class LoggerMessageAttribute : System.Attribute
            {
                public LoggerMessageAttribute(int eventId, LogLevel level, string message) { }
            }
        }
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public class DataClassificationAttribute : System.Attribute { }
        }
        namespace Microsoft.Extensions.Compliance.Redaction
        {
            public abstract class Redactor
            {
                public string Redact(string? source) => "";
                public string Redact<T>(T value) => "";
            }
        }
        """;

    public const string Serilog = """
        namespace Serilog
        {
            public interface ILogger
            {
                void Information(string messageTemplate, params object?[] propertyValues);
                void Warning(string messageTemplate, params object?[] propertyValues);
                void Error(System.Exception? exception, string messageTemplate, params object?[] propertyValues);
                ILogger ForContext(string propertyName, object? value, bool destructureObjects = false);
            }
            public static class Log
            {
                public static ILogger Logger { get; set; } = null!;
                public static void Information(string messageTemplate, params object?[] propertyValues) { }
                public static void Debug(string messageTemplate, params object?[] propertyValues) { }
            }
        }
        """;

    public const string NLog = """
        namespace NLog
        {
            public interface ILoggerBase { void Log(System.Type wrapperType, object logEvent); }
            public interface ILogger : ILoggerBase
            {
                void Info(string message, params object?[] args);
                void Warn(string message);
            }
            public class Logger : ILogger
            {
                public void Log(System.Type wrapperType, object logEvent) { }
                public void Info(string message, params object?[] args) { }
                public void Warn(string message) { }
                public bool IsInfoEnabled => true;
            }
            public static class LogManager { public static Logger GetCurrentClassLogger() => new Logger(); }
        }
        """;

    public const string Log4Net = """
        namespace log4net
        {
            public interface ILog
            {
                void Info(object message);
                void InfoFormat(string format, params object?[] args);
                void Error(object message, System.Exception exception);
            }
            public static class LogManager { public static ILog GetLogger(System.Type type) => null!; }
        }
        """;

    public const string All = MicrosoftExtensionsLogging + "\n" + Serilog + "\n" + NLog + "\n" + Log4Net;
}
