namespace NewsBot.Protocol.DirectLine;

public sealed partial class DirectLineServer
{
    /// <summary>POST tokens/generate (secret only): a token for a new conversation id, optionally for a given user. Contacts no bot.</summary>
    public async Task<DirectLineResponse> GenerateTokenAsync(DirectLineRequest request, Stream body, CancellationToken cancellationToken)
    {
        var (caller, failure) = await AuthorizeAsync(request.Authorization);
        if (caller is null)
        {
            return failure!;
        }

        if (!caller.IsSecret)
        {
            return DirectLineResponse.Forbidden("tokens/generate needs the Direct Line secret, not a token.");
        }

        var (start, problem) = await ReadJsonAsync<StartBody>(body, _options.MaxActivityBytes, optional: true, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var conversationId = DirectLineIds.NewConversationId();
        var token = IssueToken(conversationId, start?.User?.Id, start?.User?.Name);
        return DirectLineResponse.Json(200, Body(conversationId, token, _options.TokenLifetime));
    }

    /// <summary>POST tokens/refresh (token only): a new token for the same conversation and user, valid for the full lifetime again.</summary>
    public async Task<DirectLineResponse> RefreshTokenAsync(DirectLineRequest request)
    {
        var (caller, failure) = await AuthorizeAsync(request.Authorization);
        if (caller is null)
        {
            return failure!;
        }

        if (caller.Token is not { } claims)
        {
            return DirectLineResponse.Forbidden("tokens/refresh refreshes a token; the secret does not expire.");
        }

        var token = IssueToken(claims.ConversationId, claims.UserId, claims.UserName);
        return DirectLineResponse.Json(200, Body(claims.ConversationId, token, _options.TokenLifetime));
    }

    /// <summary>
    /// The page's own token endpoint: a token for a new conversation and a new <c>dl_</c> user, with no secret involved.
    /// Throttled per client address.
    /// </summary>
    public DirectLineResponse IssuePageToken(DirectLineRequest request)
    {
        if (_throttle.Acquire("start:" + request.ClientAddress, _options.ConversationsPerMinute) is { } wait)
        {
            return DirectLineResponse.Throttled(wait, $"At most {_options.ConversationsPerMinute} conversations a minute from one address.");
        }

        var conversationId = DirectLineIds.NewConversationId();
        var userId = DirectLineIds.NewUserId();
        var token = IssueToken(conversationId, userId, null);
        return DirectLineResponse.Json(200, Body(conversationId, token, _options.TokenLifetime, userId: userId));
    }
}
