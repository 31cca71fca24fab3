using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Dossier.Tests.Redaction;

/// <summary>Keeps what reaches a logging provider: the formatted message and every tag, as a sink would see them.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    /// <summary>One line per message: the formatted text, then each tag as name=value.</summary>
    public IReadOnlyList<string> Lines => lines.ToArray();

    public string Text => string.Join("\n", Lines);

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(lines);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var tags = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(pair => pair.Key + "=" + pair.Value)
                : Enumerable.Empty<string>();
            lines.Enqueue(formatter(state, exception) + " | " + string.Join("; ", tags));
        }
    }
}
