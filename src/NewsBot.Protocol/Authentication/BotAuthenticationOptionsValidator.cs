using Microsoft.Extensions.Options;

namespace NewsBot.Protocol.Authentication;

/// <summary>Options validation for <see cref="BotAuthenticationOptions"/>, for use with ValidateOnStart.</summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
