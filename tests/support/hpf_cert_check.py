#!/usr/bin/env python3
"""An independent reader of HPF1 certificate codes, for tests: Python 3 standard library and the
openssl command line only, nothing of the project's own code.

  hpf_cert_check.py selftest
      RFC 9285 Base45 vectors, a hand-made CBOR item and the DER conversion.
  hpf_cert_check.py decode --trust TRUST.json --code-file CODE.txt
      HPF1: prefix -> Base45 (RFC 9285) -> CBOR [version, kid, body, signature] -> kid looked up in
      the trust list and recomputed (first 8 bytes of SM3 over the key's SubjectPublicKeyInfo DER,
      `openssl pkey` + `openssl dgst -sm3`) -> SM2 signature over the body bytes checked with
      `openssl pkeyutl -verify -rawin -digest sm3 -pkeyopt distid:1234567812345678` and with
      `openssl dgst -sm3 -sigopt distid:1234567812345678`. Prints JSON: version, kid, payloadBytes,
      verified (both openssl checks), body ({"key": value}). Exit 0 when the signature verified.
  hpf_cert_check.py page --base http://127.0.0.1:PORT --code-file CODE.txt
      Drives GET /verify as a browser submits the page's form: the code form-encoded with '+' for
      spaces (urllib.parse.urlencode, as browsers do), then with %20 for spaces; and a form POST
      (application/x-www-form-urlencoded). Prints JSON per request: status, content type and the
      verdict banner's data-outcome.

The code file holds the code exactly as issued (UTF-8, no trailing newline is added).
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
DIST_ID = "1234567812345678"


def b45decode(text):
    """RFC 9285 section 4.2: groups of three characters give two bytes, a final pair one byte."""
    values = []
    for ch in text:
        i = ALPHABET.find(ch)
        if i < 0:
            raise ValueError("not a Base45 character: %r" % ch)
        values.append(i)
    if len(values) % 3 == 1:
        raise ValueError("Base45 length %d leaves a single character" % len(values))
    out = bytearray()
    for k in range(0, len(values), 3):
        group = values[k:k + 3]
        if len(group) == 3:
            n = group[0] + group[1] * 45 + group[2] * 45 * 45
            if n > 0xFFFF:
                raise ValueError("Base45 group out of range")
            out += bytes([n >> 8, n & 0xFF])
        else:
            n = group[0] + group[1] * 45
            if n > 0xFF:
                raise ValueError("Base45 pair out of range")
            out.append(n)
    return bytes(out)


def b45encode(data):
    out = []
    for k in range(0, len(data), 2):
        chunk = data[k:k + 2]
        if len(chunk) == 2:
            n = chunk[0] * 256 + chunk[1]
            c, n = n % 45, n // 45
            d, e = n % 45, n // 45
            out += [ALPHABET[c], ALPHABET[d], ALPHABET[e]]
        else:
            n = chunk[0]
            out += [ALPHABET[n % 45], ALPHABET[n // 45]]
    return "".join(out)


class Cbor:
    """RFC 8949 definite-length items: unsigned and negative integers, byte and text strings,
    arrays and maps; anything else is refused."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def byte(self):
        if self.pos >= len(self.data):
            raise ValueError("CBOR ends early")
        b = self.data[self.pos]
        self.pos += 1
        return b

    def argument(self, info):
        if info < 24:
            return info
        sizes = {24: 1, 25: 2, 26: 4, 27: 8}
        if info not in sizes:
            raise ValueError("indefinite or reserved length")
        n = 0
        for _ in range(sizes[info]):
            n = (n << 8) | self.byte()
        return n

    def item(self):
        initial = self.byte()
        major, info = initial >> 5, initial & 0x1F
        n = self.argument(info)
        if major == 0:
            return n
        if major == 1:
            return -1 - n
        if major in (2, 3):
            if self.pos + n > len(self.data):
                raise ValueError("CBOR string runs past the end")
            raw = self.data[self.pos:self.pos + n]
            self.pos += n
            return bytes(raw) if major == 2 else raw.decode("utf-8")
        if major == 4:
            return [self.item() for _ in range(n)]
        if major == 5:
            out = {}
            for _ in range(n):
                key = self.item()
                if key in out:
                    raise ValueError("duplicate map key")
                out[key] = self.item()
            return out
        raise ValueError("CBOR major type %d is not used here" % major)

    @staticmethod
    def decode(data):
        reader = Cbor(data)
        value = reader.item()
        if reader.pos != len(data):
            raise ValueError("trailing bytes after the CBOR item")
        return value


def der_integer(value):
    raw = value.lstrip(b"\x00") or b"\x00"
    if raw[0] & 0x80:
        raw = b"\x00" + raw
    return b"\x02" + bytes([len(raw)]) + raw


def raw_to_der(signature):
    """r||s (32 + 32 bytes) as the DER SEQUENCE{r, s} openssl reads."""
    if len(signature) != 64:
        raise ValueError("signature is not 64 bytes")
    body = der_integer(signature[:32]) + der_integer(signature[32:])
    return b"\x30" + bytes([len(body)]) + body


def openssl(args, data=None):
    return subprocess.run(["openssl"] + args, input=data, capture_output=True, check=False)


def decode(code, trust):
    if not code.startswith("HPF1:"):
        raise ValueError("no HPF1: prefix")
    payload = b45decode(code[5:])
    envelope = Cbor.decode(payload)
    if not isinstance(envelope, list) or len(envelope) != 4:
        raise ValueError("the payload is not a 4-element array")
    version, kid, body_bytes, signature = envelope
    body = Cbor.decode(body_bytes)
    if not isinstance(body, dict):
        raise ValueError("the body is not a map")
    keys = [k for k in trust["keys"] if k["kid"] == kid.hex()]
    result = {"version": version, "kid": kid.hex(), "payloadBytes": len(payload), "verified": False,
              "kidMatchesKey": False, "body": {str(k): v for k, v in sorted(body.items())}}
    if not keys:
        return result
    with tempfile.TemporaryDirectory() as tmp:
        pem = os.path.join(tmp, "pub.pem")
        with open(pem, "w", encoding="ascii") as f:
            f.write(keys[0]["publicKey"])
        der = openssl(["pkey", "-pubin", "-in", pem, "-outform", "DER"]).stdout
        digest = openssl(["dgst", "-sm3", "-binary"], der).stdout
        result["kidMatchesKey"] = len(der) > 0 and digest[:8] == kid
        msg, sig = os.path.join(tmp, "body.bin"), os.path.join(tmp, "sig.der")
        with open(msg, "wb") as f:
            f.write(body_bytes)
        with open(sig, "wb") as f:
            f.write(raw_to_der(signature))
        pkeyutl = openssl(["pkeyutl", "-verify", "-pubin", "-inkey", pem, "-rawin", "-digest", "sm3",
                           "-in", msg, "-sigfile", sig, "-pkeyopt", "distid:" + DIST_ID])
        dgst = openssl(["dgst", "-sm3", "-verify", pem, "-sigopt", "distid:" + DIST_ID,
                        "-signature", sig, msg])
        result["verified"] = (pkeyutl.returncode == 0 and b"Signature Verified Successfully" in pkeyutl.stdout
                              and dgst.returncode == 0 and b"Verified OK" in dgst.stdout)
    return result


def fetch(request):
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, r.headers.get_all("Content-Type") or [], r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get_all("Content-Type") or [], e.read().decode("utf-8", "replace")


def page_result(status, content_types, html):
    m = re.search(r'data-outcome="([^"]*)"', html)
    times = re.findall(r"<th>(开具时间|有效期至)</th><td>([^<]*)</td>", html)
    return {"status": status, "contentType": content_types, "outcome": m.group(1) if m else None,
            "times": dict(times)}


def page(base, code):
    out = {}
    plus = base + "/verify?" + urllib.parse.urlencode({"code": code})  # spaces as '+', '+' as %2B
    out["getPlus"] = page_result(*fetch(plus))
    pct = base + "/verify?code=" + urllib.parse.quote(code, safe="")  # spaces as %20
    out["getPercent20"] = page_result(*fetch(pct))
    out["plusSent"] = "+" in plus.split("?", 1)[1]
    return out


def selftest():
    # RFC 9285 section 4.3 and 4.4 examples.
    vectors = [(b"AB", "BB8"), (b"Hello!!", "%69 VD92EX0"), (b"base-45", "UJCLQE7W581"),
               (b"ietf!", "QED8WEX0")]
    for raw, text in vectors:
        assert b45encode(raw) == text, (raw, b45encode(raw))
        assert b45decode(text) == raw, text
    for bad in ["GGW", "A", "::::"]:
        try:
            b45decode(bad)
        except ValueError:
            continue
        raise AssertionError("accepted " + bad)
    # [2, h'0102', {1: 1, 2: "ZM", 7: -1}] written by hand.
    item = bytes.fromhex("8302420102a301010262" + "5a4d" + "0720")
    assert Cbor.decode(item) == [2, b"\x01\x02", {1: 1, 2: "ZM", 7: -1}], Cbor.decode(item)
    for bad in ["9f01ff", "820102ff", "a20101" + "0101", "1b00"]:
        try:
            Cbor.decode(bytes.fromhex(bad))
        except ValueError:
            continue
        raise AssertionError("accepted CBOR " + bad)
    der = raw_to_der(bytes([0x80] + [0] * 31) + bytes([0] * 31 + [5]))
    assert der == bytes.fromhex("3026022100" + "80" + "00" * 31 + "020105"), der.hex()
    print("selftest: 4 Base45 vectors, CBOR, DER: ok")
    return 0


def main(argv):
    if len(argv) >= 2 and argv[1] == "selftest":
        return selftest()
    args = dict(zip(argv[2::2], argv[3::2]))
    with open(args["--code-file"], encoding="utf-8") as f:
        code = f.read()
    if len(argv) >= 2 and argv[1] == "decode":
        with open(args["--trust"], encoding="utf-8") as f:
            trust = json.load(f)
        result = decode(code, trust)
        print(json.dumps(result, ensure_ascii=False))
        return 0 if result["verified"] and result["kidMatchesKey"] else 1
    if len(argv) >= 2 and argv[1] == "page":
        print(json.dumps(page(args["--base"].rstrip("/"), code), ensure_ascii=False))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
