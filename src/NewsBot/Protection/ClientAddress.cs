using System.Net;
using System.Net.Sockets;

namespace NewsBot.Protection;

internal static class ClientAddress
{
    // The partition of a caller's address: IPv4 as is, IPv6 by its /64, since one host can use any address of its
    // network's /64 and would otherwise get a fresh allowance with each.
    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes) + "/64";
    }
}
