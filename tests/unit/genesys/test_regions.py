import pytest

from omnisync.genesys.regions import REGIONS, explicit_hosts, hosts_for


def test_region_name_domain_and_url() -> None:
    ie = hosts_for("eu_west_1")
    assert ie.api == "https://api.mypurecloud.ie"
    assert ie.login == "https://login.mypurecloud.ie"
    assert ie.authorize_url == "https://login.mypurecloud.ie/oauth/authorize"
    assert hosts_for("mypurecloud.ie") == ie
    assert hosts_for("usw2.pure.cloud").login == "https://login.usw2.pure.cloud"
    assert hosts_for("https://api.mypurecloud.de").login == "https://login.mypurecloud.de"
    assert len(REGIONS) == 17


def test_explicit_hosts_for_the_sandbox() -> None:
    hosts = explicit_hosts("http://127.0.0.1:9/", "http://127.0.0.1:8")
    assert hosts.api == "http://127.0.0.1:9"
    assert hosts.token_url == "http://127.0.0.1:8/oauth/token"
    assert hosts.name == "127.0.0.1:9"


def test_explicit_hosts_are_origins_as_a_regions_are() -> None:
    with pytest.raises(ValueError, match=r"origin .*http://127.0.0.1:9"):
        explicit_hosts("http://127.0.0.1:9/genesys", "http://127.0.0.1:8")
    with pytest.raises(ValueError, match="login host must be an origin"):
        explicit_hosts("http://127.0.0.1:9", "http://127.0.0.1:9/genesys/login")
    with pytest.raises(ValueError, match="https"):
        explicit_hosts("http://api.example.com")


def test_bad_regions_say_what_to_use() -> None:
    with pytest.raises(ValueError, match="eu_west_1"):
        hosts_for("mars_north_1")
    with pytest.raises(ValueError, match="login host"):
        explicit_hosts("http://127.0.0.1:9")
    with pytest.raises(ValueError, match="http"):
        explicit_hosts("ftp://api.example.com")


def test_a_region_newer_than_the_table_is_accepted_as_the_settings_allow() -> None:
    hosts = hosts_for("xyz9.pure.cloud")
    assert hosts.api == "https://api.xyz9.pure.cloud"
    assert hosts.login == "https://login.xyz9.pure.cloud"
    assert hosts.name == "xyz9.pure.cloud"
