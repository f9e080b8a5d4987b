package scot.cairn.identity.web;

import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.AccountSummary;

/** One line of the people list; {@code account} is null for someone who cannot sign in. */
record PersonRow(PersonSummary person, AccountSummary account) {}
