package scot.cairn.partnership.web;

import scot.cairn.partnership.ClosureRoute;

/** How and why a partnership ends. The service checks both are given, so its messages are the form's. */
record ClosureForm(ClosureRoute route, String reason) {}
