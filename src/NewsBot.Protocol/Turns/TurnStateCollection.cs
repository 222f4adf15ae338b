namespace NewsBot.Protocol.Turns;

/// <summary>Per-turn state, by key or by type (the key is then the type's full name).</summary>
public sealed class TurnStateCollection
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    /// <summary>The value stored under <paramref name="key"/>, or null when absent or of another type.</summary>
    public T? Get<T>(string key) where T : class => _values.TryGetValue(key, out var value) ? value as T : null;

    /// <summary>The value stored for type <typeparamref name="T"/>, or null.</summary>
    public T? Get<T>() where T : class => Get<T>(KeyOf<T>());

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any earlier value.</summary>
    public void Set<T>(string key, T value) where T : class => _values[key] = value;

    /// <summary>Stores <paramref name="value"/> for type <typeparamref name="T"/>.</summary>
    public void Set<T>(T value) where T : class => Set(KeyOf<T>(), value);

    /// <summary>Removes the value under <paramref name="key"/>; true when there was one.</summary>
    public bool Remove(string key) => _values.Remove(key);

    private static string KeyOf<T>() => typeof(T).FullName ?? typeof(T).Name;
}
