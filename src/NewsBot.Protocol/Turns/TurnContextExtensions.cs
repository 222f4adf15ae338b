using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.Turns;

/// <summary>Helpers on <see cref="ITurnContext"/>.</summary>
public static class TurnContextExtensions
{
    /// <summary>Sets what the HTTP response to this <c>invoke</c> turn will be.</summary>
    public static void SetInvokeResponse(this ITurnContext turnContext, InvokeResponse response) =>
        turnContext.TurnState.Set(response);

    /// <summary>The invoke response set this turn, or null.</summary>
    public static InvokeResponse? GetInvokeResponse(this ITurnContext turnContext) =>
        turnContext.TurnState.Get<InvokeResponse>();

    /// <summary>Sends a typing indicator.</summary>
    public static Task<ResourceResponse?> SendTypingAsync(this ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        turnContext.SendActivityAsync(Activity.CreateTypingActivity(), cancellationToken);
}
