using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Tests.Support;

namespace NewsBot.Protocol.Tests.Schema;

public class ActivityReplyTests
{
    [Fact]
    public void A_reply_swaps_from_and_recipient_and_answers_the_activity()
    {
        var inbound = TestActivities.Message(serviceUrl: TestBed.TeamsServiceUrl, channelId: Channels.Msteams);

        var reply = inbound.CreateReply("It rained.");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("It rained.", reply.Text);
        Assert.Equal(inbound.Recipient!.Id, reply.From!.Id);
        Assert.Equal(inbound.From!.Id, reply.Recipient!.Id);
        Assert.Equal(inbound.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Equal(TestBed.TeamsServiceUrl, reply.ServiceUrl);
        Assert.Equal(Channels.Msteams, reply.ChannelId);
        Assert.Equal("en-US", reply.Locale);
        Assert.Null(reply.Id);
    }

    [Fact]
    public void The_conversation_reference_names_user_bot_and_activity()
    {
        var inbound = TestActivities.Message();

        var reference = inbound.GetConversationReference();

        Assert.Equal("in-1", reference.ActivityId);
        Assert.Equal("user-1", reference.User!.Id);
        Assert.Equal("bot-1", reference.Bot!.Id);
        Assert.Equal(TestBed.EmulatorServiceUrl, reference.ServiceUrl);
    }

    [Fact]
    public void Replies_to_a_conversation_update_do_not_point_at_it()
    {
        var inbound = TestActivities.Message();
        inbound.Type = ActivityTypes.ConversationUpdate;

        Assert.Null(inbound.CreateReply("Welcome").ReplyToId);
    }

    [Fact]
    public void Factories_set_the_type()
    {
        Assert.Equal(ActivityTypes.Message, Activity.CreateMessageActivity().Type);
        Assert.Equal(ActivityTypes.Typing, Activity.CreateTypingActivity().Type);
    }
}
