"""Beyond the host's screen: the state feed, the live views' server, the broker link and the organiser's overview."""
