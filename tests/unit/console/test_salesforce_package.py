"""Static checks of the Salesforce console package (packaging/salesforce).

No org is available to deploy to, so the metadata must be right by construction: every XML
file parses, names and API versions agree, and the Aura bundle only references controller and
helper methods, attributes, static resources and Apex methods that exist.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from omnisync.auth.loopback import CALLBACK_PATH, LOOPBACK_HOST
from omnisync.salesforce.link_loopback import LOOPBACK_HOST as LINK_HOST
from omnisync.salesforce.link_loopback import PORTS as LINK_PORTS
from omnisync.salesforce.link_loopback import new_key

REPO = Path(__file__).resolve().parents[3]
PACKAGE = REPO / "packaging" / "salesforce"
SOURCE = PACKAGE / "force-app" / "main" / "default"
BUNDLE = SOURCE / "aura" / "OmniSyncConsole"
LINK_JS = SOURCE / "staticresources" / "OmniSyncLink.js"
PUSHTOPIC_SCRIPT = PACKAGE / "scripts" / "apex" / "create-pushtopics.apex"
MD = "{http://soap.sforce.com/2006/04/metadata}"

# suffix -> (root element, folder the file must sit in, relative to force-app/main/default)
METADATA_TYPES: dict[str, tuple[str, str]] = {
    ".cls-meta.xml": ("ApexClass", "classes"),
    ".cmp-meta.xml": ("AuraDefinitionBundle", "aura/*"),
    ".object-meta.xml": ("CustomObject", "objects/*"),
    ".field-meta.xml": ("CustomField", "objects/*/fields"),
    ".permissionset-meta.xml": ("PermissionSet", "permissionsets"),
    ".resource-meta.xml": ("StaticResource", "staticresources"),
    ".eca-meta.xml": ("ExternalClientApplication", "externalClientApps"),
    ".ecaOauth-meta.xml": ("ExtlClntAppOauthSettings", "extlClntAppOauthSettings"),
    ".ecaGlblOauth-meta.xml": ("ExtlClntAppGlobalOauthSettings", "extlClntAppGlobalOauthSets"),
    ".cspTrustedSite-meta.xml": ("CspTrustedSite", "cspTrustedSites"),
}
# Source files that travel next to a -meta.xml file.
COMPANIONS = {".cls", ".cmp", ".design", ".js"}
AURA_PREFIXES = ("aura", "lightning", "ltng", "design", "force", "c")
OMNI_EVENTS = {
    "lightning:omniChannelConnectionError",
    "lightning:omniChannelLoginSuccess",
    "lightning:omniChannelStatusChanged",
    "lightning:omniChannelLogout",
    "lightning:omniChannelWorkAssigned",
    "lightning:omniChannelWorkAccepted",
    "lightning:omniChannelWorkDeclined",
    "lightning:omniChannelWorkClosed",
    "lightning:omniChannelWorkFlagUpdated",
    "lightning:omniChannelWorkloadChanged",
}
TOPICS = {"OmniSyncToConsole", "OmniSyncToDesktop", "OmniSyncPresence"}


def _all_files() -> list[Path]:
    return sorted(p for p in SOURCE.rglob("*") if p.is_file())


def _metadata_files() -> list[Path]:
    return [p for p in _all_files() if p.name.endswith("-meta.xml")]


def _suffix(path: Path) -> str:
    for suffix in METADATA_TYPES:
        if path.name.endswith(suffix):
            return suffix
    raise AssertionError(f"{path.relative_to(SOURCE)}: not a metadata type this package knows")


def _name(path: Path) -> str:
    return path.name[: -len(_suffix(path))]


def _xml(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def _text(root: ET.Element, tag: str) -> str:
    node = root.find(MD + tag)
    assert node is not None, f"<{tag}> missing"
    assert node.text is not None, f"<{tag}> is empty"
    return node.text


def _aura_markup(path: Path) -> ET.Element:
    """Aura markup is XML whose prefixes are never declared; declare them to parse it."""
    declarations = " ".join(f'xmlns:{p}="urn:aura:{p}"' for p in AURA_PREFIXES)
    body = path.read_text(encoding="utf-8")
    return ET.fromstring(f"<wrapper {declarations}>{body}</wrapper>")


def _aura(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{urn:aura:{prefix}}}{local}"


def _js_methods(path: Path) -> set[str]:
    """Top-level keys of an Aura controller or helper object literal."""
    return set(re.findall(r"^ {4}(\w+)\s*:\s*function", path.read_text(encoding="utf-8"), re.M))


def _api_version() -> str:
    project = json.loads((PACKAGE / "sfdx-project.json").read_text(encoding="utf-8"))
    return str(project["sourceApiVersion"])


def _apex_methods() -> dict[str, list[str]]:
    """@AuraEnabled static methods of the controller and their parameter names."""
    source = (SOURCE / "classes" / "OmniSyncLinkController.cls").read_text(encoding="utf-8")
    found = re.findall(r"@AuraEnabled\s+public static \w+ (\w+)\(([^)]*)\)", source, flags=re.S)
    return {name: [p.split()[-1] for p in params.split(",") if p.strip()] for name, params in found}


# --- layout and parsing ------------------------------------------------------------------------


def test_project_file_points_at_the_source() -> None:
    project = json.loads((PACKAGE / "sfdx-project.json").read_text(encoding="utf-8"))
    dirs = project["packageDirectories"]
    assert [d["path"] for d in dirs if d.get("default")] == ["force-app"]
    assert re.fullmatch(r"\d{2}\.0", _api_version())
    assert float(_api_version()) >= 59.0, "External Client App metadata needs API 59.0 or later"


@pytest.mark.parametrize("path", _all_files(), ids=lambda p: str(p.relative_to(SOURCE)))
def test_every_file_is_known_and_parses(path: Path) -> None:
    if path.name.endswith("-meta.xml"):
        root, folder = METADATA_TYPES[_suffix(path)]
        parsed = _xml(path)
        assert parsed.tag == MD + root
        assert path.parent.relative_to(SOURCE).match(folder), f"belongs in {folder}"
        assert path.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="UTF-8"?>')
    elif path.suffix in {".cmp", ".design"}:
        _aura_markup(path)
    else:
        assert path.suffix in COMPANIONS, f"unexpected file {path.name}"
        meta = {
            ".cls": path.with_name(path.name + "-meta.xml"),
            ".js": path.with_name(path.stem + ".resource-meta.xml"),
        }
        if path.parent.parent.name == "aura":
            assert path.stem.startswith(path.parent.name), "bundle files carry the bundle's name"
        else:
            assert meta[path.suffix].is_file(), f"{path.name} has no -meta.xml"


def test_every_api_version_matches_the_project() -> None:
    version = _api_version()
    versions = {}
    for path in _metadata_files():
        node = _xml(path).find(MD + "apiVersion")
        if node is not None:
            versions[path.name] = node.text
    assert versions, "no apiVersion found at all"
    assert set(versions.values()) == {version}, versions
    script = PUSHTOPIC_SCRIPT.read_text(encoding="utf-8")
    assert re.search(r"Decimal apiVersion = ([\d.]+);", script).group(1) == version  # type: ignore[union-attr]


def test_bundle_and_class_files_have_their_meta() -> None:
    assert (BUNDLE / "OmniSyncConsole.cmp-meta.xml").is_file()
    for cls in (SOURCE / "classes").glob("*.cls"):
        assert cls.with_name(cls.name + "-meta.xml").is_file()


# --- the custom object, permission set and OAuth client ---------------------------------------


def _fields() -> dict[str, ET.Element]:
    folder = SOURCE / "objects" / "OmniSync_Link__c" / "fields"
    return {_name(p): _xml(p) for p in folder.glob("*.field-meta.xml")}


def test_link_object_matches_the_contract() -> None:
    obj = _xml(SOURCE / "objects" / "OmniSync_Link__c" / "OmniSync_Link__c.object-meta.xml")
    assert _text(obj, "sharingModel") == "Private", "sharing must keep other agents out"
    assert _text(obj, "enableStreamingApi") == "true"
    fields = _fields()
    assert set(fields) == {"Agent_Id__c", "To_Console__c", "To_Desktop__c", "Link_Key__c"}
    for name, field in fields.items():
        assert _text(field, "fullName") == name
        assert _text(field, "type") == "Text"
    agent = fields["Agent_Id__c"]
    assert (_text(agent, "externalId"), _text(agent, "unique")) == ("true", "true")
    assert _text(agent, "length") == "18"
    for name in ("To_Console__c", "To_Desktop__c"):
        assert _text(fields[name], "length") == "255"
    key_length = int(_text(fields["Link_Key__c"], "length") or 0)
    assert len(new_key()) <= key_length, "the loopback link's key must fit its field"
    contract = json.loads((REPO / "resources" / "link" / "examples.json").read_text("utf-8"))
    assert contract["max_length"] == 255


def test_permission_set_grants_only_what_exists_and_nothing_broad() -> None:
    pset = _xml(SOURCE / "permissionsets" / "OmniSync_Agent.permissionset-meta.xml")
    for access in pset.findall(MD + "classAccesses"):
        assert (SOURCE / "classes" / f"{_text(access, 'apexClass')}.cls").is_file()
    fields = _fields()
    granted = set()
    for perm in pset.findall(MD + "fieldPermissions"):
        obj, field = _text(perm, "field").split(".")
        assert obj == "OmniSync_Link__c"
        assert field in fields
        assert _text(fields[field], "required") == "false", "required fields cannot be granted"
        granted.add(field)
    assert granted == set(fields)
    objects = {}
    for perm in pset.findall(MD + "objectPermissions"):
        objects[_text(perm, "object")] = perm
        assert _text(perm, "viewAllRecords") == "false"
        assert _text(perm, "modifyAllRecords") == "false"
        assert _text(perm, "allowDelete") == "false"
    assert set(objects) == {"OmniSync_Link__c", "PushTopic"}
    assert _text(objects["PushTopic"], "allowEdit") == "false"


def test_oauth_client_is_public_pkce_loopback() -> None:
    eca = SOURCE / "externalClientApps" / "OmniSync_Desktop.eca-meta.xml"
    name = _name(eca)
    oauth = _xml(next((SOURCE / "extlClntAppOauthSettings").glob("*.ecaOauth-meta.xml")))
    glob = _xml(next((SOURCE / "extlClntAppGlobalOauthSets").glob("*.ecaGlblOauth-meta.xml")))
    assert _text(oauth, "externalClientApplication") == name
    assert _text(glob, "externalClientApplication") == name
    scopes = {s.strip() for s in _text(oauth, "commaSeparatedOauthScopes").split(",")}
    assert {"Api", "RefreshToken"} <= scopes
    assert "Full" not in scopes
    assert "Web" not in scopes
    assert _text(glob, "isPkceRequired") == "true"
    assert _text(glob, "isConsumerSecretOptional") == "true"
    assert _text(glob, "isSecretRequiredForRefreshToken") == "false"
    for secret in ("consumerKey", "consumerSecret"):
        assert glob.find(MD + secret) is None, f"{secret} must not be in source control"
    urls = _text(glob, "callbackUrl").split("\n")
    assert len(urls) >= 2, "register a few ports so a busy one can be skipped"
    for url in urls:
        match = re.fullmatch(r"http://([\d.]+):(\d+)(/\w+)", url.strip())
        assert match, url
        assert match.group(1) == LOOPBACK_HOST
        assert match.group(3) == CALLBACK_PATH
        assert 1024 < int(match.group(2)) < 65536


# --- Apex ---------------------------------------------------------------------------------------


def test_apex_controller_is_with_sharing_and_tested() -> None:
    source = (SOURCE / "classes" / "OmniSyncLinkController.cls").read_text(encoding="utf-8")
    assert re.search(r"public with sharing class OmniSyncLinkController\b", source)
    assert "upsert as user" in source
    assert "WITH USER_MODE" in source
    assert "UserInfo.getUserId()" in source
    methods = _apex_methods()
    assert set(methods) == {"getLink", "report", "describeWork"}
    test_source = (SOURCE / "classes" / "OmniSyncLinkControllerTest.cls").read_text("utf-8")
    assert test_source.lstrip().startswith("@IsTest")
    for method in methods:
        assert f"OmniSyncLinkController.{method}(" in test_source
    assert test_source.count("@IsTest") >= 5


# --- the Aura bundle ----------------------------------------------------------------------------


def test_bundle_markup_references_what_exists() -> None:
    cmp = _aura_markup(BUNDLE / "OmniSyncConsole.cmp")
    component = cmp.find(_aura("aura:component"))
    assert component is not None
    assert (SOURCE / "classes" / f"{component.get('controller')}.cls").is_file()
    controller = _js_methods(BUNDLE / "OmniSyncConsoleController.js")
    markup = (BUNDLE / "OmniSyncConsole.cmp").read_text(encoding="utf-8")
    actions = set(re.findall(r"\{!\s*c\.(\w+)\s*\}", markup))
    assert actions
    assert actions <= controller, actions - controller
    assert controller <= actions, f"unused controller methods: {controller - actions}"
    for resource in re.findall(r"\$Resource\.(\w+)", markup):
        assert (SOURCE / "staticresources" / f"{resource}.resource-meta.xml").is_file()
    handled = {h.get("event") for h in cmp.iter(_aura("aura:handler")) if h.get("event")}
    assert handled <= OMNI_EVENTS, handled - OMNI_EVENTS
    assert {
        "lightning:omniChannelStatusChanged",
        "lightning:omniChannelLogout",
        "lightning:omniChannelWorkAssigned",
        "lightning:omniChannelWorkAccepted",
        "lightning:omniChannelWorkClosed",
        "lightning:omniChannelConnectionError",
    } <= handled
    for tag in ("lightning:omniToolkitAPI", "lightning:empApi", "ltng:require"):
        assert cmp.find(f".//{_aura(tag)}") is not None, tag


def test_bundle_scripts_reference_what_exists() -> None:
    controller_js = (BUNDLE / "OmniSyncConsoleController.js").read_text(encoding="utf-8")
    helper_js = (BUNDLE / "OmniSyncConsoleHelper.js").read_text(encoding="utf-8")
    markup = (BUNDLE / "OmniSyncConsole.cmp").read_text(encoding="utf-8")
    helper = _js_methods(BUNDLE / "OmniSyncConsoleHelper.js")
    called = set(re.findall(r"\bhelper\.(\w+)\(", controller_js + helper_js))
    called |= set(re.findall(r"\bthis\.(\w+)\(", helper_js))
    assert called <= helper, called - helper
    aura_ids = set(re.findall(r'aura:id="(\w+)"', markup))
    found = set(re.findall(r"\.find\('(\w+)'\)", helper_js + controller_js))
    assert found
    assert found <= aura_ids, found - aura_ids
    attributes = set(re.findall(r'<aura:attribute name="(\w+)"', markup))
    used = set(re.findall(r"'v\.(\w+)'", helper_js + controller_js))
    used |= set(re.findall(r"\{!\s*v\.(\w+)", markup))
    assert used <= attributes, used - attributes
    apex = _apex_methods()
    calls = re.findall(r"'c\.(\w+)',\s*\{([^}]*)\}", helper_js)
    assert {name for name, _ in calls} == set(apex), "every Apex method is used, none is missing"
    for name, params in calls:
        keys = re.findall(r"(\w+)\s*:", params)
        assert keys == apex[name], f"{name} is called with {keys}, Apex takes {apex[name]}"
    assert "window.OmniSyncLink.createLink" in helper_js


def test_every_forwarded_omni_event_is_handled_by_the_link() -> None:
    controller_js = (BUNDLE / "OmniSyncConsoleController.js").read_text(encoding="utf-8")
    forwarded = set(re.findall(r"helper\.omniEvent\(component, '(\w+)'", controller_js))
    markup = (BUNDLE / "OmniSyncConsole.cmp").read_text(encoding="utf-8")
    handled = {e.split(":")[1] for e in re.findall(r'event="(lightning:\w+)"', markup)}
    assert forwarded == handled
    link_js = LINK_JS.read_text(encoding="utf-8")
    cases = set(re.findall(r"case '(omniChannel\w+)':", link_js))
    assert forwarded <= cases, forwarded - cases


def test_static_resource_is_a_script_that_exports_itself_both_ways() -> None:
    meta = _xml(SOURCE / "staticresources" / "OmniSyncLink.resource-meta.xml")
    assert _text(meta, "contentType") == "application/javascript"
    source = LINK_JS.read_text(encoding="utf-8")
    assert "module.exports = api" in source
    assert "root.OmniSyncLink = api" in source


# --- PushTopics ---------------------------------------------------------------------------------


def test_pushtopic_script_matches_the_link() -> None:
    script = PUSHTOPIC_SCRIPT.read_text(encoding="utf-8")
    queries = dict(re.findall(r"'(\w+)' => '([^']+)'", script))
    assert set(queries) == TOPICS
    for name, query in queries.items():
        assert len(name) <= 25
        assert len(query) <= 1300
    fields = set(_fields()) | {"Id"}
    link_topics = (("OmniSyncToConsole", "To_Console__c"), ("OmniSyncToDesktop", "To_Desktop__c"))
    for name, field in link_topics:
        selected = re.fullmatch(r"SELECT (.+) FROM OmniSync_Link__c", queries[name])
        assert selected, queries[name]
        columns = [c.strip() for c in selected.group(1).split(",")]
        assert columns == ["Id", "Agent_Id__c", field]
        assert set(columns) <= fields
    assert "UserId" in queries["OmniSyncPresence"]
    assert "FROM UserServicePresence" in queries["OmniSyncPresence"]
    assert "NotifyForFields = 'Referenced'" in script
    assert "'/topic/OmniSyncToConsole'" in LINK_JS.read_text(encoding="utf-8")


def test_csp_trusted_sites_cover_exactly_the_desktop_links_ports() -> None:
    """The console may open a WebSocket to each port of the range and to nothing else."""
    sites = [
        _xml(p) for p in sorted((SOURCE / "cspTrustedSites").glob("*.cspTrustedSite-meta.xml"))
    ]
    endpoints = [_text(site, "endpointUrl") for site in sites]
    assert endpoints == [f"ws://{LINK_HOST}:{port}" for port in LINK_PORTS]
    for site in sites:
        assert _text(site, "isActive") == "true"
        assert _text(site, "context") == "LEX"
        applies = {
            child.tag.removeprefix(MD): child.text
            for child in site
            if child.tag.removeprefix(MD).startswith("isApplicableTo")
        }
        assert applies.pop("isApplicableToConnectSrc") == "true"
        assert set(applies.values()) == {"false"}, "only connect-src: no scripts, frames or images"
    js = LINK_JS.read_text(encoding="utf-8")
    assert f"var LOOPBACK_PORTS = {list(LINK_PORTS)};".replace(" ", "") in js.replace(" ", "")
