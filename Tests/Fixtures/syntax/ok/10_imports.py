import os
import os.path
import sys as system, json
import xml.etree.ElementTree as ET
from collections import OrderedDict
from collections import (
    defaultdict,
    Counter as C,
)
from . import sibling
from .. import parent
from ...pkg import thing
from .module import name as alias
from .... import deep
from ..... import deeper
from os.path import *
from __future__ import annotations
