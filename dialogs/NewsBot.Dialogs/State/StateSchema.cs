namespace NewsBot.Dialogs.State;

// The conversation database. conversation_state expires with idleness; welcomed does not, because a welcome is owed
// once per conversation (once per install in Teams), however long the conversation sleeps.
internal static class StateSchema
{
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS conversation_state (
            channel_id      TEXT    NOT NULL,
            conversation_id TEXT    NOT NULL,
            last_question   TEXT    NULL,
            last_answer     TEXT    NULL,
            asked_at        INTEGER NULL,
            outlet          TEXT    NULL,
            claims_shown    INTEGER NOT NULL DEFAULT 0,
            updated_at      INTEGER NOT NULL,
            PRIMARY KEY (channel_id, conversation_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS conversation_state_by_age ON conversation_state (updated_at);
        CREATE TABLE IF NOT EXISTS welcomed (
            channel_id      TEXT    NOT NULL,
            conversation_id TEXT    NOT NULL,
            welcomed_at     INTEGER NOT NULL,
            PRIMARY KEY (channel_id, conversation_id)
        ) WITHOUT ROWID;
        """;

    public const string Select = """
        SELECT last_question, last_answer, asked_at, outlet, claims_shown, updated_at
        FROM conversation_state WHERE channel_id = $channel AND conversation_id = $conversation
        """;

    public const string Upsert = """
        INSERT INTO conversation_state (channel_id, conversation_id, last_question, last_answer, asked_at, outlet, claims_shown, updated_at)
        VALUES ($channel, $conversation, $question, $answer, $askedAt, $outlet, $claimsShown, $now)
        ON CONFLICT (channel_id, conversation_id) DO UPDATE SET
            last_question = excluded.last_question, last_answer = excluded.last_answer, asked_at = excluded.asked_at,
            outlet = excluded.outlet, claims_shown = excluded.claims_shown, updated_at = excluded.updated_at
        """;

    public const string Delete = "DELETE FROM conversation_state WHERE channel_id = $channel AND conversation_id = $conversation";

    public const string Prune = "DELETE FROM conversation_state WHERE updated_at < $cutoff";

    public const string Welcome = """
        INSERT INTO welcomed (channel_id, conversation_id, welcomed_at) VALUES ($channel, $conversation, $now)
        ON CONFLICT (channel_id, conversation_id) DO NOTHING
        """;

    public const string ForgetWelcome = "DELETE FROM welcomed WHERE channel_id = $channel AND conversation_id = $conversation";
}
