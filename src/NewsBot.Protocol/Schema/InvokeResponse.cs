namespace NewsBot.Protocol.Schema;

/// <summary>
/// The answer to an <c>invoke</c> activity: the HTTP status and body the bot endpoint returns.
/// Store it with <c>turnContext.SetInvokeResponse(...)</c> or return it from <c>ActivityHandler.OnInvokeActivityAsync</c>.
/// </summary>
/// <param name="Status">HTTP status code, usually 200.</param>
/// <param name="Body">Serialised as the JSON body with <see cref="ProtocolJson.Options"/>; null sends no body.</param>
public sealed record InvokeResponse(int Status, object? Body = null);
