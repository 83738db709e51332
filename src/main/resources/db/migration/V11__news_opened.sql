-- «Новости сайта открывали 118 тысяч раз», «материалы на портале открыли 2,3 млн раз»: the website's news views said
-- with the verb «открывать», which V5 and V9 had only as «просмотреть» and «посетить».
UPDATE metric SET keywords = keywords || ARRAY['новости открывали', 'новости открыли', 'сайт открывали', 'материалы открывали',
                                               'портал открывали']
 WHERE code = 'website_news_views' AND NOT keywords @> ARRAY['новости открывали'];
