import time

from yieldlab_child import watch_parent

watch_parent()
while True:
    time.sleep(1)
