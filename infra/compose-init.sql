-- The batch keeps its job repository in a database of its own (the service never shares it).
CREATE DATABASE haven_batch OWNER haven;
