namespace NewsBot.Protocol.Schema;

/// <summary>Marks a collection that is written even when empty, because readers expect the key (e.g. <c>activities</c>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class SerializeWhenEmptyAttribute : Attribute;
