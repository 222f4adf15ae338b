namespace NewsBot.Protocol.Authentication;

/// <summary>The bot could not obtain its outbound token (wrong credentials, tenant or endpoint).</summary>
public sealed class BotTokenException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BotTokenException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public BotTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BotTokenException()
    {
    }
}
