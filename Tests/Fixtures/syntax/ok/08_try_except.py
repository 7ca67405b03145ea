try:
    risky()
except ValueError:
    handle()
except (TypeError, KeyError) as err:
    log(err)
except Exception as e:
    raise RuntimeError("wrapped") from e
except:
    raise
else:
    success()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    x = 1
except ImportError:
    x = 2

try:
    something()
except module.Error as exc:
    print(exc)
else:
    done = True

raise
raise ValueError
raise ValueError("bad") from None
