"""``Port`` and ``Protocol``: the protocol and port range of a security group rule."""

from __future__ import annotations

import enum
from typing import Any

from constructs import Token


class Protocol(enum.Enum):
    """IP protocols of security group rules (IANA numbers; a few by name)."""

    ALL = "-1"
    HOPOPT = "0"
    ICMP = "icmp"
    IGMP = "2"
    GGP = "3"
    IPV4 = "4"
    ST = "5"
    TCP = "tcp"
    CBT = "7"
    EGP = "8"
    IGP = "9"
    BBN_RCC_MON = "10"
    NVP_II = "11"
    PUP = "12"
    EMCON = "14"
    XNET = "15"
    CHAOS = "16"
    UDP = "udp"
    MUX = "18"
    DCN_MEAS = "19"
    HMP = "20"
    PRM = "21"
    XNS_IDP = "22"
    TRUNK_1 = "23"
    TRUNK_2 = "24"
    LEAF_1 = "25"
    LEAF_2 = "26"
    RDP = "27"
    IRTP = "28"
    ISO_TP4 = "29"
    NETBLT = "30"
    MFE_NSP = "31"
    MERIT_INP = "32"
    DCCP = "33"
    THREEPC = "34"
    IDPR = "35"
    XTP = "36"
    DDP = "37"
    IDPR_CMTP = "38"
    TPPLUSPLUS = "39"
    IL = "40"
    IPV6 = "41"
    SDRP = "42"
    IPV6_ROUTE = "43"
    IPV6_FRAG = "44"
    IDRP = "45"
    RSVP = "46"
    GRE = "47"
    DSR = "48"
    BNA = "49"
    ESP = "50"
    AH = "51"
    I_NLSP = "52"
    SWIPE = "53"
    NARP = "54"
    MOBILE = "55"
    TLSP = "56"
    SKIP = "57"
    ICMPV6 = "icmpv6"
    IPV6_NONXT = "59"
    IPV6_OPTS = "60"
    CFTP = "62"
    ANY_LOCAL = "63"
    SAT_EXPAK = "64"
    KRYPTOLAN = "65"
    RVD = "66"
    IPPC = "67"
    ANY_DFS = "68"
    SAT_MON = "69"
    VISA = "70"
    IPCV = "71"
    CPNX = "72"
    CPHB = "73"
    WSN = "74"
    PVP = "75"
    BR_SAT_MON = "76"
    SUN_ND = "77"
    WB_MON = "78"
    WB_EXPAK = "79"
    ISO_IP = "80"
    VMTP = "81"
    SECURE_VMTP = "82"
    VINES = "83"
    TTP = "84"
    IPTM = "84_"
    NSFNET_IGP = "85"
    DGP = "86"
    TCF = "87"
    EIGRP = "88"
    OSPFIGP = "89"
    SPRITE_RPC = "90"
    LARP = "91"
    MTP = "92"
    AX_25 = "93"
    IPIP = "94"
    MICP = "95"
    SCC_SP = "96"
    ETHERIP = "97"
    ENCAP = "98"
    ANY_ENC = "99"
    GMTP = "100"
    IFMP = "101"
    PNNI = "102"
    PIM = "103"
    ARIS = "104"
    SCPS = "105"
    QNX = "106"
    A_N = "107"
    IPCOMP = "108"
    SNP = "109"
    COMPAQ_PEER = "110"
    IPX_IN_IP = "111"
    VRRP = "112"
    PGM = "113"
    ANY_0_HOP = "114"
    L2_T_P = "115"
    DDX = "116"
    IATP = "117"
    STP = "118"
    SRP = "119"
    UTI = "120"
    SMP = "121"
    SM = "122"
    PTP = "123"
    ISIS_IPV4 = "124"
    FIRE = "125"
    CRTP = "126"
    CRUDP = "127"
    SSCOPMCE = "128"
    IPLT = "129"
    SPS = "130"
    PIPE = "131"
    SCTP = "132"
    FC = "133"
    RSVP_E2E_IGNORE = "134"
    MOBILITY_HEADER = "135"
    UDPLITE = "136"
    MPLS_IN_IP = "137"
    MANET = "138"
    HIP = "139"
    SHIM6 = "140"
    WESP = "141"
    ROHC = "142"
    ETHERNET = "143"
    EXPERIMENT_1 = "253"
    EXPERIMENT_2 = "254"
    RESERVED = "255"


def _render_port(port: int | float) -> str:
    return "{IndirectPort}" if Token.is_unresolved(port) else str(int(port) if float(port).is_integer() else port)


class Port:
    """A protocol and port range of a rule (``Port.tcp(443)``, ``Port.all_traffic()``, ...).

    Args:
        protocol: the IP protocol.
        string_representation: how the port shows in rule ids and descriptions.
        from_port: the first port (ICMP: the type).
        to_port: the last port (ICMP: the code).
    """

    def __init__(
        self,
        *,
        protocol: Protocol,
        string_representation: str,
        from_port: int | None = None,
        to_port: int | None = None,
    ) -> None:
        if not isinstance(protocol, Protocol):
            raise TypeError(f"protocol must be a Protocol, got {type(protocol).__name__}")
        self.protocol = protocol
        self.string_representation = string_representation
        self.from_port = from_port
        self.to_port = to_port
        self.can_inline_rule = not Token.is_unresolved(from_port) and not Token.is_unresolved(to_port)

    @staticmethod
    def tcp(port: int) -> Port:
        """One TCP port."""
        return Port(protocol=Protocol.TCP, from_port=port, to_port=port, string_representation=_render_port(port))

    @staticmethod
    def tcp_range(start_port: int, end_port: int) -> Port:
        """A range of TCP ports."""
        return Port(protocol=Protocol.TCP, from_port=start_port, to_port=end_port,
                    string_representation=f"{_render_port(start_port)}-{_render_port(end_port)}")

    @staticmethod
    def all_tcp() -> Port:
        """Every TCP port."""
        return Port(protocol=Protocol.TCP, from_port=0, to_port=65535, string_representation="ALL PORTS")

    @staticmethod
    def udp(port: int) -> Port:
        """One UDP port."""
        return Port(protocol=Protocol.UDP, from_port=port, to_port=port, string_representation=f"UDP {_render_port(port)}")

    @staticmethod
    def udp_range(start_port: int, end_port: int) -> Port:
        """A range of UDP ports."""
        return Port(protocol=Protocol.UDP, from_port=start_port, to_port=end_port,
                    string_representation=f"UDP {_render_port(start_port)}-{_render_port(end_port)}")

    @staticmethod
    def all_udp() -> Port:
        """Every UDP port."""
        return Port(protocol=Protocol.UDP, from_port=0, to_port=65535, string_representation="UDP ALL PORTS")

    @staticmethod
    def icmp_type_and_code(type: int, code: int) -> Port:
        """One ICMP type and code."""
        return Port(protocol=Protocol.ICMP, from_port=type, to_port=code,
                    string_representation=f"ICMP Type {type} Code {code}")

    @staticmethod
    def icmp_type(type: int) -> Port:
        """Every code of one ICMP type."""
        return Port(protocol=Protocol.ICMP, from_port=type, to_port=-1, string_representation=f"ICMP Type {type}")

    @staticmethod
    def icmp_ping() -> Port:
        """ICMP echo requests (type 8)."""
        return Port.icmp_type(8)

    @staticmethod
    def all_icmp() -> Port:
        """Every ICMP type and code."""
        return Port(protocol=Protocol.ICMP, from_port=-1, to_port=-1, string_representation="ALL ICMP")

    @staticmethod
    def all_icmp_v6() -> Port:
        """Every ICMPv6 type and code."""
        return Port(protocol=Protocol.ICMPV6, from_port=-1, to_port=-1, string_representation="ALL ICMPv6")

    @staticmethod
    def all_traffic() -> Port:
        """Every protocol and port."""
        return Port(protocol=Protocol.ALL, string_representation="ALL TRAFFIC")

    @staticmethod
    def esp() -> Port:
        """IPsec ESP (protocol 50)."""
        return Port(protocol=Protocol.ESP, from_port=50, to_port=50, string_representation="ESP 50")

    @staticmethod
    def ah() -> Port:
        """IPsec AH (protocol 51)."""
        return Port(protocol=Protocol.AH, from_port=51, to_port=51, string_representation="AH 51")

    def _rule(self) -> dict[str, Any]:
        protocol = "84" if self.protocol is Protocol.IPTM else self.protocol.value
        rule: dict[str, Any] = {"ip_protocol": protocol}
        if self.from_port is not None:
            rule["from_port"] = self.from_port
        if self.to_port is not None:
            rule["to_port"] = self.to_port
        return rule

    def to_rule_json(self) -> dict[str, str | int | float]:
        """The rule's ``ipProtocol``, ``fromPort`` and ``toPort``."""
        names = {"ip_protocol": "ipProtocol", "from_port": "fromPort", "to_port": "toPort"}
        return {names[k]: v for k, v in self._rule().items()}

    def __str__(self) -> str:
        return self.string_representation

    def to_string(self) -> str:
        """The port as shown in rule ids and descriptions."""
        return self.string_representation


for _name, _port in (
    ("SSH", 22), ("SMTP", 25), ("DNS_TCP", 53), ("HTTP", 80), ("POP3", 110), ("IMAP", 143), ("LDAP", 389),
    ("HTTPS", 443), ("SMB", 445), ("IMAPS", 993), ("POP3S", 995), ("MSSQL", 1433), ("NFS", 2049),
    ("MYSQL_AURORA", 3306), ("RDP", 3389), ("POSTGRES", 5432),
):
    setattr(Port, _name, Port.tcp(_port))
Port.DNS_UDP = Port.udp(53)  # type: ignore[attr-defined]
Port.POP3_S = Port.POP3S  # type: ignore[attr-defined]  # the name jsii gives POP3S in Python
