namespace NewsBot.Coverage.Answering;

// What kind of answer the question asks for; it decides which sentences look like answers and what can be cut
// from them as a short answer.
internal enum QuestionType
{
    Other,
    When,
    Who,
    Where,
    HowMany,
    Why,
    YesNo,
    What,
}
