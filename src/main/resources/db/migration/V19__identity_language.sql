-- The language a person chose for Cairn (en, cy or gd); null until they choose, when the browser's language is used.
alter table identity_account add column language varchar(8);
