-- Words for metrics that narratives of other cities use and V5 missed (an admin may add more through the metric API):
--   «41 пресс-мероприятие»; «посетили сайт» and «посещений сайта» for the website's views; «фотогалерей»,
--   «фотоподборок» and «выездных съемок», whose Snowball stems are not those of «фотогалерея», «фотоподборка» and
--   «выездная съемка».
UPDATE metric SET keywords = keywords || ARRAY['пресс-мероприятие']
 WHERE code = 'press_events' AND NOT keywords @> ARRAY['пресс-мероприятие'];
UPDATE metric SET keywords = keywords || ARRAY['фотогалерей', 'фотоподборок']
 WHERE code = 'photo_reports' AND NOT keywords @> ARRAY['фотогалерей'];
UPDATE metric SET keywords = keywords || ARRAY['посещение сайта', 'сайт посетили', 'посещение портала', 'портал посетили']
 WHERE code = 'website_news_views' AND NOT keywords @> ARRAY['посещение сайта'];
UPDATE metric SET keywords = keywords || ARRAY['выездных съемок']
 WHERE code = 'field_events' AND NOT keywords @> ARRAY['выездных съемок'];
