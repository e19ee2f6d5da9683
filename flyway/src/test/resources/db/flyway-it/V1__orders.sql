CREATE TABLE app.orders (
  id bigserial PRIMARY KEY,
  region text NOT NULL,
  amount numeric(10,2) NOT NULL
);
INSERT INTO app.orders (region, amount) VALUES
  ('East', 60.00), ('East', 50.00), ('West', 20.00), ('North', 150.00);
