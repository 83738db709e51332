-- What the draft extractor needs to know of each metric, kept with the metric so that an admin who adds one
-- through the metric API also teaches the extractor:
--   keywords: the Russian words that name it in narratives; a phrase matches where all its words (by stem) stand
--             in one item of a sentence, and a phrase of more words is the more specific match;
--   levels:   the levels below the city's total that reports give it at (OWNER: whose accounts, PLATFORM: which
--             network); subscribers are given per account, live broadcasts per platform, press releases only in total.
ALTER TABLE metric ADD COLUMN keywords text[] NOT NULL DEFAULT '{}'
    CHECK (cardinality(keywords) <= 100 AND array_position(keywords, NULL) IS NULL);
ALTER TABLE metric ADD COLUMN levels text[] NOT NULL DEFAULT '{}'
    CHECK (levels <@ ARRAY['OWNER', 'PLATFORM']::text[]);

UPDATE metric SET levels = ARRAY['OWNER', 'PLATFORM']
 WHERE code IN ('subscribers', 'subscriber_growth', 'posts', 'views', 'new_public_pages');
UPDATE metric SET levels = ARRAY['PLATFORM'] WHERE code = 'live_broadcasts';

UPDATE metric SET keywords = ARRAY['пресс-релиз', 'прессрелиз', 'релиз', 'информационное сообщение', 'новость',
    'новостной материал', 'информационный материал', 'публикация на сайте', 'материал на сайте']
 WHERE code = 'press_releases';
UPDATE metric SET keywords = ARRAY['фоторепортаж', 'фотоотчет', 'фотосюжет', 'фотогалерея', 'фотоподборка']
 WHERE code = 'photo_reports';
UPDATE metric SET keywords = ARRAY['выездное мероприятие', 'выезд', 'выезд на мероприятие', 'выезжали на мероприятия',
    'выездная съемка']
 WHERE code = 'field_events';
UPDATE metric SET keywords = ARRAY['прессподход', 'пресс-подход', 'интервью', 'пресс-конференция', 'брифинг', 'пресс-тур']
 WHERE code = 'press_events';
UPDATE metric SET keywords = ARRAY['прямой эфир', 'эфир', 'прямая трансляция', 'онлайн-трансляция', 'трансляция', 'стрим',
    'прямая линия']
 WHERE code = 'live_broadcasts';
UPDATE metric SET keywords = ARRAY['запрос', 'запрос СМИ', 'запрос журналистов', 'ответ на запрос', 'запрос редакций',
    'редакционный запрос', 'обращение СМИ', 'обращение журналистов', 'запрос средств массовой информации']
 WHERE code = 'media_requests_answered';
UPDATE metric SET keywords = ARRAY['комментарий мэра', 'комментарий главы', 'комментарий руководителей',
    'комментарий руководства', 'комментарий заместителей', 'комментарий должностных лиц', 'комментарий для СМИ',
    'комментарий спикеров', 'комментарий первых лиц']
 WHERE code = 'leader_comments';
UPDATE metric SET keywords = ARRAY['просмотр новостей', 'просмотр сайта', 'просмотр на сайте', 'просмотр портала',
    'просмотр на портале', 'посещаемость сайта', 'новости просмотрели', 'новости посмотрели', 'новостной просмотр',
    'новостную просмотрели', 'сайт просмотрели', 'портал просмотрели']
 WHERE code = 'website_news_views';
UPDATE metric SET keywords = ARRAY['новый паблик', 'новый госпаблик', 'создан паблик', 'создан госпаблик',
    'открыт паблик', 'новое сообщество', 'создано сообщество', 'новая страница', 'создана страница', 'новый аккаунт',
    'создан аккаунт', 'новая группа']
 WHERE code = 'new_public_pages';
UPDATE metric SET keywords = ARRAY['подписчик', 'подписаны', 'аудитория', 'участник', 'читатель']
 WHERE code = 'subscribers';
UPDATE metric SET keywords = ARRAY['прирост', 'рост подписчиков', 'прирост подписчиков', 'рост аудитории',
    'прирост аудитории', 'увеличение подписчиков', 'новый подписчик', 'прирост участников']
 WHERE code = 'subscriber_growth';
UPDATE metric SET keywords = ARRAY['пост', 'публикация', 'запись', 'записей']
 WHERE code = 'posts';
UPDATE metric SET keywords = ARRAY['просмотр', 'посмотрели', 'просмотрели']
 WHERE code = 'views';
