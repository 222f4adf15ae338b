using Microsoft.Extensions.Time.Testing;
using NewsBot.Protocol.DirectLine;

namespace NewsBot.DirectLine.Tests.Throttling;

public sealed class RequestThrottleTests
{
    [Fact]
    public void Past_the_limit_a_key_waits_until_the_minute_ends_and_other_keys_are_unaffected()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 45, TimeSpan.Zero));
        var throttle = new RequestThrottle(clock);

        var first = throttle.Acquire("a", 2);
        var second = throttle.Acquire("a", 2);
        var third = throttle.Acquire("a", 2);
        var other = throttle.Acquire("b", 2);
        clock.Advance(TimeSpan.FromSeconds(15));
        var nextMinute = throttle.Acquire("a", 2);

        Assert.Null(first);
        Assert.Null(second);
        Assert.Equal(TimeSpan.FromSeconds(15), third);
        Assert.Null(other);
        Assert.Null(nextMinute);
    }
}
