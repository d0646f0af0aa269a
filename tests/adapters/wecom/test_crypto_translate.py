"""WeCom callbacks: signatures, AES-256-CBC decryption, safe XML, and the events they become."""

from __future__ import annotations

import pytest

from adapters.wecom.fake_server import AES_KEY, CORP_ID, TOKEN, callback_request, payload
from qungui.adapters.wecom.crypto import CallbackError, WeComCrypto, parse_xml, signature
from qungui.adapters.wecom.translate import MalformedCallback, to_events
from qungui.core.events import GroupRef, LeaveReason

CRYPTO = WeComCrypto(token=TOKEN, encoding_aes_key=AES_KEY, receive_id=CORP_ID)
CUSTOMER = GroupRef(platform="wecom", id="wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA", name="VIP客户群")
GROUPS = {CUSTOMER.id: CUSTOMER}


def test_a_callback_encrypted_the_way_wecom_does_is_verified_and_decrypted():
    query, _body, encrypted = callback_request(payload("app_text.xml"))
    CRYPTO.verify(query["msg_signature"], query["timestamp"], query["nonce"], encrypted)
    assert CRYPTO.decrypt(encrypted).decode() == payload("app_text.xml")


def test_our_encryption_is_what_wecom_would_accept():
    encrypted = CRYPTO.encrypt("<xml>回复</xml>".encode())
    assert CRYPTO.decrypt(encrypted) == "<xml>回复</xml>".encode()
    assert len(signature(TOKEN, "1", "2", encrypted)) == 40


def test_forged_and_foreign_callbacks_are_refused_with_the_reason():
    query, _body, encrypted = callback_request(payload("app_text.xml"))
    with pytest.raises(CallbackError, match="msg_signature does not match"):
        CRYPTO.verify("0" * 40, query["timestamp"], query["nonce"], encrypted)
    with pytest.raises(CallbackError, match="msg_signature"):
        CRYPTO.verify(query["msg_signature"], query["timestamp"], "other-nonce", encrypted)
    _q, _b, foreign = callback_request(payload("app_text.xml"), corp_id="wwffffffffffffffff")
    with pytest.raises(CallbackError, match="not this CorpID"):
        CRYPTO.decrypt(foreign)
    other_key = WeComCrypto(token=TOKEN, encoding_aes_key="Z" * 43, receive_id=CORP_ID)
    with pytest.raises(CallbackError):
        other_key.decrypt(encrypted)
    with pytest.raises(CallbackError, match="not base64"):
        CRYPTO.decrypt("%%%")


def test_xml_with_a_doctype_is_refused_and_broken_xml_explained():
    with pytest.raises(CallbackError, match="DOCTYPE"):
        parse_xml(payload("billion_laughs.xml"))
    with pytest.raises(CallbackError, match="not well-formed"):
        parse_xml("<xml><a></xml>")
    assert parse_xml(payload("change_external_chat_add.xml"))["MemChangeList"] == [
        "wmOgQhDgAAuXFJGwbve4g4iXknfOAAAA",
        "zhangsan",
    ]


def test_customer_group_member_changes_become_joins_and_removals():
    joined = to_events(parse_xml(payload("change_external_chat_add.xml")), GROUPS).events
    assert [e.member.id for e in joined] == ["wmOgQhDgAAuXFJGwbve4g4iXknfOAAAA", "zhangsan"]
    assert {e.type for e in joined} == {"member_joined"}
    assert joined[0].id == "71217227bbd112ecfe3a49c482195cb4-wmOgQhDgAAuXFJGwbve4g4iXknfOAAAA"
    removed = to_events(parse_xml(payload("change_external_chat_del.xml")), GROUPS).events
    assert removed[0].reason is LeaveReason.REMOVED
    renamed = to_events(parse_xml(payload("change_external_chat_rename.xml")), GROUPS)
    assert renamed.events == () and "change_name" in renamed.reason
    assert to_events(parse_xml(payload("change_external_chat_add.xml")), {}).events == ()


def test_a_message_to_the_app_is_a_private_message_about_the_group():
    message = parse_xml(payload("app_text.xml"))
    (event,) = to_events(message, GROUPS, private_group=CUSTOMER).events
    assert event.private and event.sender.id == "lisi" and event.text == "我的记录"
    assert event.id == "7390123456789012345"
    assert to_events(message, GROUPS).events == ()
    with pytest.raises(MalformedCallback, match="MsgId"):
        to_events(parse_xml(payload("app_text_without_msgid.xml")), GROUPS, private_group=CUSTOMER)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_doctype_cannot_hide_in_another_encoding(encoding):
    """The DOCTYPE check reads bytes as UTF-8; the XML parser would read UTF-16 and expand the entities."""
    bomb = payload("billion_laughs.xml").replace('<?xml version="1.0"?>', "")
    with pytest.raises(CallbackError, match="not UTF-8"):
        parse_xml(bomb.encode(encoding))
    declared = '<?xml version="1.0" encoding="ISO-8859-1"?><xml><Content>x</Content></xml>'
    with pytest.raises(CallbackError, match="not UTF-8"):
        parse_xml(declared.encode("latin-1"))
    assert parse_xml('<?xml version="1.0" encoding="UTF-8"?><xml><A>群</A></xml>'.encode()) == {"A": "群"}


def test_a_signature_with_non_ascii_characters_is_refused_as_forged_not_a_crash():
    crypto = WeComCrypto(token=TOKEN, encoding_aes_key=AES_KEY, receive_id=CORP_ID)
    with pytest.raises(CallbackError, match="msg_signature"):
        crypto.verify("签名" * 20, "1", "n", "x")
