String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('pgtrickle-schema.txt is out of date')
assert log.contains('- stream-table "public" "order_totals" :: column "order_count" "integer"   (in the snapshot only)')
assert log.contains('+ stream-table "public" "order_totals" :: column "order_count" "bigint"   (on the server only)')
assert log.contains('+ stream-table "public" "daily_revenue"   (on the server only)')
assert log.contains('Run `mvn pgtrickle-dao:snapshot` and commit the file')
return true
