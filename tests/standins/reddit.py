"""A local stand-in for Reddit's API that the real praw 8 talks to over HTTP on 127.0.0.1.

It answers in the shapes of PRAW's own recorded traffic (shared/data/reddit-cassettes): the token
endpoint, listings with `before`/`after`, `/comments/ID`, `/api/info`, the inbox, `/api/compose`
(to `#sub` opens a modmail conversation), `/api/comment` (a reply to a private message), the
moderator list and new modmail. It holds a scriptable world, records every request so tests can
assert on what the bot sent, and injects failures (5xx, 429 with rate-limit headers, 401 with or
without `www-authenticate`, a connection dropped in the middle of a response).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bot.config import RedditCredentials

BOT = "llumi_bot"
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _b36(number: int) -> str:
    out = ""
    while True:
        number, rem = divmod(number, 36)
        out = _B36[rem] + out
        if number == 0:
            return out


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Failure:
    """One scripted failure: the next matching request gets this answer instead."""

    match: Callable[[str, str], bool]
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: str = '{"message": "error", "error": 500}'
    drop: bool = False
    times: int = 1
    form: dict[str, str] = field(default_factory=dict)  # only requests with these form fields


@dataclass
class Item:
    kind: str  # t3 or t1
    id: str
    subreddit: str
    author: str | None
    body: str
    created_utc: float
    title: str = ""
    link_id: str = ""
    parent_id: str = ""
    edited: float | bool = False
    removed: str | None = None  # None, "deleted", "moderator"
    locked: bool = False

    @property
    def fullname(self) -> str:
        return f"{self.kind}_{self.id}"


@dataclass
class Conversation:
    id: str
    subreddit: str
    subject: str
    messages: list[dict[str, Any]] = field(default_factory=list)
    participant: str | None = None


class RedditWorld:
    """The state the stand-in serves. Thread-safe: the server's threads and the test share it."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.bot = BOT
        self.subreddits: dict[str, str] = {}  # lower -> display name
        self.moderators: dict[str, dict[str, list[str]]] = {}  # lower sub -> name -> perms
        self.items: dict[str, Item] = {}  # fullname -> item
        self.order: list[str] = []  # fullnames in creation order
        self.inbox: dict[str, dict[str, Any]] = {}  # t4 fullname -> message data
        self.sent_private: list[dict[str, Any]] = []  # replies to private messages
        self.conversations: dict[str, Conversation] = {}
        self.share_links: dict[str, str] = {}  # code -> permalink path
        self.requests: list[Recorded] = []
        self.failures: list[Failure] = []
        self.holds: list[tuple[str, threading.Event]] = []
        self.revoked = False
        self._seq = 36**5
        self.now = time.time()

    # ---- building the world -------------------------------------------------------------
    def _next_id(self) -> str:
        self._seq += 1
        return _b36(self._seq)

    def add_subreddit(self, name: str, moderators: dict[str, list[str]] | None = None) -> None:
        with self.lock:
            self.subreddits[name.lower()] = name
            mods = {self.bot: ["all"]}
            mods.update(moderators or {})
            self.moderators[name.lower()] = mods

    def add_submission(
        self, subreddit: str, title: str, body: str, author: str = "poster", age: float = 60.0
    ) -> Item:
        with self.lock:
            item = Item(
                "t3",
                self._next_id(),
                self.subreddits[subreddit.lower()],
                author,
                body,
                time.time() - age,
                title=title,
            )
            self.items[item.fullname] = item
            self.order.append(item.fullname)
            return item

    def add_comment(
        self, parent: Item, body: str, author: str = "helper", age: float = 30.0
    ) -> Item:
        with self.lock:
            link = parent.fullname if parent.kind == "t3" else parent.link_id
            item = Item(
                "t1",
                self._next_id(),
                parent.subreddit,
                author,
                body,
                time.time() - age,
                link_id=link,
                parent_id=parent.fullname,
            )
            self.items[item.fullname] = item
            self.order.append(item.fullname)
            return item

    def delete(self, item: Item, how: str = "deleted") -> None:
        with self.lock:
            item.removed = how
            if how == "deleted":
                item.author = None

    def add_message(self, author: str, body: str, subject: str = "command") -> str:
        """A private message to the bot, unread in its inbox; returns its fullname."""
        with self.lock:
            mid = self._next_id()
            self.inbox[f"t4_{mid}"] = {
                "first_message": None,
                "first_message_name": None,
                "subreddit": None,
                "likes": None,
                "replies": "",
                "author_fullname": f"t2_{author}",
                "id": mid,
                "subject": subject,
                "associated_awarding_id": None,
                "score": 0,
                "author": author,
                "num_comments": None,
                "parent_id": None,
                "subreddit_name_prefixed": None,
                "new": True,
                "type": "unknown",
                "body": body,
                "dest": self.bot,
                "was_comment": False,
                "body_html": "",
                "name": f"t4_{mid}",
                "created": time.time(),
                "created_utc": time.time(),
                "context": "",
                "distinguished": None,
            }
            return f"t4_{mid}"

    def add_modmail(self, subreddit: str, author: str, body: str, subject: str = "mods") -> str:
        with self.lock:
            conv = Conversation(self._next_id(), self.subreddits[subreddit.lower()], subject)
            conv.participant = author
            self.conversations[conv.id] = conv
            self._conv_message(conv, author, body, internal=False)
            return conv.id

    def add_modmail_message(self, conv_id: str, author: str, body: str) -> None:
        with self.lock:
            self._conv_message(self.conversations[conv_id], author, body, internal=False)

    def _conv_message(self, conv: Conversation, author: str, body: str, internal: bool) -> None:
        is_mod = author in self.moderators.get(conv.subreddit.lower(), {})
        conv.messages.append(
            {
                "body": f'<div class="md"><p>{body}</p></div>',
                "author": _author(author, is_mod),
                "isInternal": internal,
                "date": datetime.now(UTC).isoformat(),
                "bodyMarkdown": body,
                "id": self._next_id(),
            }
        )

    def fail(
        self,
        path_part: str,
        status: int,
        *,
        times: int = 1,
        method: str | None = None,
        headers: dict[str, str] | None = None,
        drop: bool = False,
        form: dict[str, str] | None = None,
    ) -> None:
        """The next `times` requests whose path contains `path_part` (and whose form has the
        fields in `form`, e.g. `{"to": "#sub"}`: modmail, not private messages) fail this way."""

        def match(m: str, p: str) -> bool:
            return path_part in p and (method is None or m == method)

        body = json.dumps({"message": "error", "error": status})
        with self.lock:
            self.failures.append(
                Failure(match, status, headers or {}, body, drop, times, dict(form or {}))
            )

    def hold(self, path_part: str) -> threading.Event:
        """Requests whose path contains `path_part` wait (up to 20 s) until the returned event
        is set: a slow Reddit, to look at what the bot recorded meanwhile."""
        release = threading.Event()
        with self.lock:
            self.holds.append((path_part, release))
        return release

    # ---- what tests look at ---------------------------------------------------------------
    def posted(self, path_part: str) -> list[Recorded]:
        with self.lock:
            return [r for r in self.requests if r.method == "POST" and path_part in r.path]

    def public_writes(self) -> list[Recorded]:
        """Every request that would write where non-moderators can read it."""
        with self.lock:
            out = []
            for r in self.requests:
                if r.method != "POST":
                    continue
                thing, to = r.form.get("thing_id", ""), r.form.get("to", "")
                if (r.path.startswith("/api/comment") and not thing.startswith("t4_")) or (
                    r.path.startswith("/api/compose") and not to.startswith("#")
                ):
                    out.append(r)
                elif r.path.rstrip("/") == "/api/mod/conversations":
                    out.append(r)  # modmail.create reaches a user
                elif r.path.startswith(("/api/submit", "/api/editusertext")):
                    out.append(r)
                elif r.path.startswith("/api/mod/conversations/") and r.form.get(
                    "isInternal"
                ) not in ("True", "true"):
                    conv = self.conversations.get(r.path.rsplit("/", 1)[-1])
                    if conv is None or conv.participant != self.bot:
                        out.append(r)
            return out

    def modmail_from_bot(self, subreddit: str) -> list[Conversation]:
        with self.lock:
            return [
                c
                for c in self.conversations.values()
                if c.subreddit.lower() == subreddit.lower()
                and c.messages
                and c.messages[0]["author"]["name"] == self.bot
            ]

    def unread(self) -> list[str]:
        with self.lock:
            return [k for k, v in self.inbox.items() if v["new"]]

    # ---- serving --------------------------------------------------------------------------
    def listing(self, children: list[dict[str, Any]], after: str | None = None) -> dict[str, Any]:
        return {
            "kind": "Listing",
            "data": {
                "after": after,
                "dist": len(children),
                "modhash": None,
                "geo_filter": "",
                "children": children,
                "before": None,
            },
        }

    def thing(self, item: Item) -> dict[str, Any]:
        sub = item.subreddit
        base: dict[str, Any] = {
            "id": item.id,
            "name": item.fullname,
            "subreddit": sub,
            "subreddit_id": f"t5_{sub.lower()}",
            "subreddit_name_prefixed": f"r/{sub}",
            "author": item.author if item.author else "[deleted]",
            "created": item.created_utc,
            "created_utc": item.created_utc,
            "edited": item.edited,
            "banned_by": None,
            "removal_reason": None,
            "likes": None,
            "score": 1,
            "ups": 1,
            "downs": 0,
            "gilded": 0,
            "archived": False,
            "stickied": False,
            "distinguished": None,
            "locked": item.locked,
            "user_reports": [],
            "mod_reports": [],
            "saved": False,
        }
        text = item.body
        if item.removed:
            text = "[deleted]" if item.removed == "deleted" else "[removed]"
        if item.kind == "t3":
            slug = _slug(item.title)
            base.update(
                title=item.title,
                selftext=text,
                selftext_html=None,
                is_self=True,
                domain=f"self.{sub}",
                permalink=f"/r/{sub}/comments/{item.id}/{slug}/",
                url=f"https://www.reddit.com/r/{sub}/comments/{item.id}/{slug}/",
                num_comments=sum(1 for i in self.items.values() if i.link_id == item.fullname),
                over_18=False,
                removed_by_category=item.removed,
                media=None,
                media_embed={},
                secure_media=None,
                secure_media_embed={},
                thumbnail="self",
                link_flair_text=None,
                suggested_sort=None,
            )
        else:
            link = self.items.get(item.link_id)
            slug = _slug(link.title) if link else "_"
            base.update(
                body=text,
                body_html="",
                link_id=item.link_id,
                parent_id=item.parent_id,
                permalink=f"/r/{sub}/comments/{item.link_id[3:]}/{slug}/{item.id}/",
                replies="",
                score_hidden=False,
                controversiality=0,
            )
        return {"kind": item.kind, "data": base}

    def tree(self, parent: str) -> list[dict[str, Any]]:
        out = []
        for fullname in self.order:
            item = self.items[fullname]
            if item.kind == "t1" and item.parent_id == parent:
                node = self.thing(item)
                kids = self.tree(item.fullname)
                node["data"]["replies"] = self.listing(kids) if kids else ""
                out.append(node)
        return out

    def subreddit_listing(self, kind: str, subs: str, query: dict[str, str]) -> dict[str, Any]:
        wanted = {s.lower() for s in subs.split("+")}
        newest_first = sorted(
            reversed(self.order), key=lambda f: self.items[f].created_utc, reverse=True
        )
        items = [
            self.items[f]
            for f in newest_first
            if self.items[f].kind == kind
            and self.items[f].subreddit.lower() in wanted
            and self.items[f].removed != "moderator"
        ]
        limit = min(int(query.get("limit", "25") or 25), 100)
        names = [i.fullname for i in items]
        if query.get("before"):
            if query["before"] not in names:
                return self.listing([])  # Reddit: an unknown or deleted anchor gives nothing
            idx = names.index(query["before"])
            page = items[max(0, idx - limit) : idx]
            return self.listing([self.thing(i) for i in page])
        start = 0
        if query.get("after"):
            if query["after"] not in names:
                return self.listing([])
            start = names.index(query["after"]) + 1
        page = items[start : start + limit]
        more = start + limit < len(items)
        return self.listing([self.thing(i) for i in page], page[-1].fullname if more else None)

    def conversation_json(self, conv: Conversation, *, full: bool) -> dict[str, Any]:
        msgs = conv.messages if full else conv.messages[-1:]
        authors = {m["author"]["name"]: m["author"] for m in conv.messages}
        return {
            "isAuto": False,
            "objIds": [{"id": m["id"], "key": "messages"} for m in msgs],
            "isRepliable": True,
            "lastUserUpdate": None,
            "isInternal": False,
            "lastModUpdate": conv.messages[-1]["date"],
            "lastUpdated": conv.messages[-1]["date"],
            "authors": list(authors.values()),
            "owner": {"displayName": conv.subreddit, "type": "subreddit", "id": "t5_x"},
            "id": conv.id,
            "isHighlighted": False,
            "subject": conv.subject,
            "participant": _author(conv.participant, False) if conv.participant else {},
            "state": 1,
            "legacyFirstMessageId": None,
            "lastUnread": None,
            "numMessages": len(conv.messages),
        }

    def full_conversation(self, conv: Conversation) -> dict[str, Any]:
        return {
            "conversation": self.conversation_json(conv, full=True),
            "messages": {m["id"]: m for m in conv.messages},
            "modActions": {},
        }


def _in_state(world: RedditWorld, conv: Conversation, state: str) -> bool:
    """Reddit: "all" leaves out moderator discussions (started by a moderator); "mod" is them."""
    starter = conv.messages[0]["author"]["name"] if conv.messages else ""
    by_mod = starter in world.moderators.get(conv.subreddit.lower(), {})
    if state == "mod":
        return by_mod
    if state == "all":
        return not by_mod
    return True


def _slug(title: str) -> str:
    """Reddit's URL slug: lower-case letters and digits joined by underscores."""
    return re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:50] or "_"


def _author(name: str | None, is_mod: bool) -> dict[str, Any]:
    return {
        "isMod": is_mod,
        "isAdmin": False,
        "name": name or "[deleted]",
        "isOp": False,
        "isParticipant": False,
        "isHidden": False,
        "id": abs(hash(name)) % 10**8,
        "isDeleted": False,
    }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    world: RedditWorld

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _handle(self, method: str) -> None:
        parts = urlsplit(self.path)
        path = parts.path
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8") if length else ""
        form = {k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()}
        world = self.world
        with world.lock:
            held = [release for part, release in world.holds if part in path]
        for release in held:
            release.wait(20)
        with world.lock:
            world.requests.append(Recorded(method, path, query, form))
            failure = next(
                (
                    f
                    for f in world.failures
                    if f.match(method, path) and all(form.get(k) == v for k, v in f.form.items())
                ),
                None,
            )
            if failure is not None:
                failure.times -= 1
                if failure.times <= 0:
                    world.failures.remove(failure)
        if failure is not None:
            if failure.drop:
                self._drop()
                return
            self._send(failure.status, failure.body, failure.headers, defaults=False)
            return
        try:
            with world.lock:
                status, body, headers = route(world, method, path, query, form)
        except KeyError:
            status, body, headers = 404, {"message": "Not Found", "error": 404}, {}
        self._send(status, body, headers)

    def _send(
        self, status: int, body: Any, headers: dict[str, str], *, defaults: bool = True
    ) -> None:
        data = (body if isinstance(body, str) else json.dumps(body)).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        hdrs: dict[str, str] = {}
        if defaults:  # Reddit's rate-limit headers on ordinary answers
            hdrs = {
                "x-ratelimit-remaining": "99.0",
                "x-ratelimit-used": "1",
                "x-ratelimit-reset": "60",
            }
        hdrs.update(headers)
        for key, value in hdrs.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _drop(self) -> None:
        """Promise a body, send part of it, then close: requests raises ChunkedEncodingError."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", "5000")
        self.end_headers()
        self.wfile.write(b'{"kind": "Listing", "data": {"chil')
        self.wfile.flush()
        self.close_connection = True


def route(
    world: RedditWorld, method: str, path: str, query: dict[str, str], form: dict[str, str]
) -> tuple[int, Any, dict[str, str]]:
    """Answer one request from the world, like Reddit would."""
    seg = [s for s in path.split("/") if s]
    if path == "/api/v1/access_token":
        if world.revoked:
            return 400, {"error": "invalid_grant"}, {}
        return (
            200,
            {
                "access_token": "stand-in-token",
                "token_type": "bearer",
                "expires_in": 86400,
                "scope": "*",
            },
            {},
        )
    if world.revoked:
        return (
            401,
            {"message": "Unauthorized", "error": 401},
            {"www-authenticate": 'Bearer realm="reddit", error="invalid_token"'},
        )
    if path == "/api/v1/me":
        return 200, {"name": world.bot, "id": "bot1", "is_mod": True}, {}
    if seg[:1] == ["r"] and len(seg) >= 3:
        subs = seg[1]
        if seg[2] == "new":
            return 200, world.subreddit_listing("t3", subs, query), {}
        if seg[2] == "comments" and len(seg) == 3:
            return 200, world.subreddit_listing("t1", subs, query), {}
        if seg[2:4] == ["about", "moderators"]:
            mods = world.moderators[subs.lower()]
            if "user" in query:
                mods = {k: v for k, v in mods.items() if k.lower() == query["user"].lower()}
            children = [
                {"date": 1.0, "mod_permissions": perms, "name": name, "id": f"t2_{name}"}
                for name, perms in mods.items()
            ]
            return 200, {"kind": "UserList", "data": {"children": children}}, {}
        if seg[2] == "s" and len(seg) == 4:
            target = world.share_links.get(seg[3])
            if target is None:
                return 404, {"message": "Not Found", "error": 404}, {}
            return 301, "", {"Location": f"https://www.reddit.com{target}?share_id=x"}
        if seg[2] == "comments" and len(seg) >= 4:
            return _comments(world, seg[3], seg[5] if len(seg) >= 6 else None)
    if seg[:1] == ["comments"] and len(seg) >= 2:
        return _comments(world, seg[1], seg[3] if len(seg) >= 4 else None)
    if path.rstrip("/") == "/api/info":
        found = [world.items[i] for i in query.get("id", "").split(",") if i in world.items]
        return 200, world.listing([world.thing(i) for i in found]), {}
    if path.rstrip("/") == "/message/unread":
        kids = [{"kind": "t4", "data": dict(m)} for m in reversed(world.inbox.values()) if m["new"]]
        return 200, world.listing(kids[: int(query.get("limit", 25) or 25)]), {}
    if path.rstrip("/") == "/api/read_message":
        for name in form.get("id", "").split(","):
            if name in world.inbox:
                world.inbox[name]["new"] = False
        return 200, {}, {}
    if path.rstrip("/") == "/api/compose":
        to = form.get("to", "")
        if to.startswith("#"):
            sub = world.subreddits[to[1:].lower()]
            conv = Conversation(world._next_id(), sub, form.get("subject", ""))
            conv.participant = world.bot
            world.conversations[conv.id] = conv
            world._conv_message(conv, world.bot, form.get("text", ""), internal=False)
        else:
            world.sent_private.append({"to": to, "text": form.get("text", "")})
        return 200, {"json": {"errors": []}}, {}
    if path.rstrip("/") == "/api/comment":
        thing = form.get("thing_id", "")
        if thing.startswith("t4_") and thing in world.inbox:
            original = world.inbox[thing]
            world.sent_private.append({"to": original["author"], "text": form.get("text", "")})
            data = dict(original)
            data.update(
                id=world._next_id(),
                author=world.bot,
                dest=original["author"],
                body=form.get("text", ""),
                subject="re: " + original["subject"],
                parent_id=thing,
                new=False,
            )
            data["name"] = f"t4_{data['id']}"
            return (
                200,
                {"json": {"errors": [], "data": {"things": [{"kind": "t4", "data": data}]}}},
                {},
            )
        return 200, {"json": {"errors": [["THREAD_LOCKED", "no", "parent"]]}}, {}
    if seg[:3] == ["api", "mod", "conversations"]:
        if len(seg) == 3 and method == "GET":
            entity = query.get("entity", "").replace("+", ",")
            wanted = {s.lower() for s in entity.split(",") if s}
            convs = [
                c
                for c in world.conversations.values()
                if (not wanted or c.subreddit.lower() in wanted)
                and _in_state(world, c, query.get("state", "all"))
            ]
            convs.sort(key=lambda c: c.messages[-1]["date"], reverse=True)
            if query.get("after"):
                ids = [c.id for c in convs]
                convs = convs[ids.index(query["after"]) + 1 :] if query["after"] in ids else []
            convs = convs[: int(query.get("limit", 25) or 25)]
            return (
                200,
                {
                    "conversations": {c.id: world.conversation_json(c, full=False) for c in convs},
                    "conversationIds": [c.id for c in convs],
                    "messages": {c.messages[-1]["id"]: c.messages[-1] for c in convs},
                    "viewerId": "t2_bot1",
                },
                {},
            )
        if len(seg) == 4:
            conv = world.conversations[seg[3]]
            if method == "POST":
                internal = form.get("isInternal") in ("True", "true")
                world._conv_message(conv, world.bot, form.get("body", ""), internal=internal)
                return 201, world.full_conversation(conv), {}
            return 200, world.full_conversation(conv), {}
    return 404, {"message": "Not Found", "error": 404}, {}


def _comments(world: RedditWorld, link_id: str, comment_id: str | None) -> tuple[int, Any, dict]:
    item = world.items.get(f"t3_{link_id}")
    if item is None:
        return 404, {"message": "Not Found", "error": 404}, {}
    if comment_id:
        comment = world.items.get(f"t1_{comment_id}")
        kids = [world.thing(comment)] if comment else []
    else:
        kids = world.tree(item.fullname)
    return 200, [world.listing([world.thing(item)]), world.listing(kids)], {}


class RedditStandIn:
    """Runs the stand-in on 127.0.0.1 in a thread. Use as a context manager."""

    def __init__(self, world: RedditWorld | None = None) -> None:
        self.world = world or RedditWorld()
        handler = type("Handler", (_Handler,), {"world": self.world})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> RedditStandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


# ---- pytest helpers shared by the Reddit tests ---------------------------------------------


def credentials(standin: RedditStandIn) -> RedditCredentials:
    """The bot's credentials for the stand-in: both URLs point at it, never at reddit.com."""
    return RedditCredentials(
        client_id="stand-in-id",
        client_secret="stand-in-secret",
        username=BOT,
        password="stand-in-password",
        user_agent="llumi tests",
        oauth_url=standin.url,
        reddit_url=standin.url,
    )


def credentials_env(standin: RedditStandIn) -> dict[str, str]:
    """The same credentials as the environment variables an operator sets."""
    found = credentials(standin)
    return {
        "REDDIT_CLIENT_ID": found.client_id,
        "REDDIT_CLIENT_SECRET": found.client_secret,
        "REDDIT_USERNAME": found.username,
        "REDDIT_PASSWORD": found.password,
        "REDDIT_USER_AGENT": found.user_agent,
        "REDDIT_OAUTH_URL": standin.url,
        "REDDIT_URL": standin.url,
    }


def praw_client(standin: RedditStandIn) -> Any:
    """The real praw 8 as the product builds it, pointed at the stand-in only."""
    from adapters.reddit.client import build_reddit

    reddit = build_reddit(credentials(standin))
    assert reddit.config.oauth_url.startswith("http://127.0.0.1:")
    assert reddit.config.reddit_url.startswith("http://127.0.0.1:")
    return reddit
