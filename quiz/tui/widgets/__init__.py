"""Small widgets the screens share: charts drawn with block characters, the rating bar."""
