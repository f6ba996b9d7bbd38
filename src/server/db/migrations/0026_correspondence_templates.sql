-- The standard templates of notes verbales and letters in English and Russian, as version 1 of each (the head or an administrator saves later versions).
INSERT INTO "correspondence_templates" ("key", "kind", "language", "version", "title", "opening", "closing") VALUES
('note-verbale', 'note_verbale', 'en', 1, 'Note verbale',
 '{{mission}} presents its compliments to {{addressee}} and has the honour to',
 '{{mission}} avails itself of this opportunity to renew to {{addressee}} the assurances of its highest consideration.'),
('note-verbale', 'note_verbale', 'ru', 1, 'Вербальная нота',
 '{{mission}} свидетельствует своё уважение {{addressee}} и имеет честь',
 '{{mission}} пользуется случаем, чтобы возобновить {{addressee}} уверения в своём высоком уважении.'),
('letter', 'letter', 'en', 1, 'Letter',
 'Excellency,',
 'Please accept, Excellency, the assurances of my highest consideration.'),
('letter', 'letter', 'ru', 1, 'Письмо',
 'Ваше Превосходительство,',
 'Примите, Ваше Превосходительство, уверения в моём самом высоком уважении.');
