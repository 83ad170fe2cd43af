#include "transfer/message.h"
