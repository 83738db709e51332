-- «88 фотоальбомов»: photo reports published as albums, a word V5 and V9 did not have.
UPDATE metric SET keywords = keywords || ARRAY['фотоальбом', 'фотоальбомов']
 WHERE code = 'photo_reports' AND NOT keywords @> ARRAY['фотоальбом'];
