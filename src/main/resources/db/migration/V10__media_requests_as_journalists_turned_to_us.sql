-- «Журналисты обращались в пресс-центр 512 раз», «СМИ обращались к нам 275 раз»: the requests the press service
-- answered, said with the verb; V5 had only the noun («обращение журналистов»), whose stem is not the verb's.
UPDATE metric SET keywords = keywords || ARRAY['журналисты обращались', 'СМИ обращались', 'редакции обращались']
 WHERE code = 'media_requests_answered' AND NOT keywords @> ARRAY['журналисты обращались'];
